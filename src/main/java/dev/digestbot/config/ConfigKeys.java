package dev.digestbot.config;

import dev.digestbot.channel.callback.PassiveReplier;
import dev.digestbot.channel.callback.CallbackAuth;
import dev.digestbot.chat.ChatSettings;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.match.MatchSettings;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every setting the bot knows, with its default, in the order of {@code config/digestbot.json}.
 * A key {@code section.someName} is overridden by the environment variable
 * {@code DIGESTBOT_SECTION_SOME_NAME}.
 */
public final class ConfigKeys {

    /** Dotted key → default value (String, Integer, Double or Boolean). */
    public static final Map<String, Object> DEFAULTS = defaults();

    /** A lower-case letter or digit followed by an upper-case letter: a camelCase word break. */
    private static final Pattern WORD_BREAK = Pattern.compile("([a-z0-9])([A-Z])");

    private ConfigKeys() {
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("server.host", "127.0.0.1");
        d.put("server.port", 8080);
        d.put("server.maxBodyBytes", 65536);
        d.put("server.maxHeaderBytes", 8192);
        d.put("server.firstByteTimeoutMillis", 5000);
        d.put("server.readTimeoutMillis", 10000);
        d.put("server.idleTimeoutSeconds", 60);
        d.put("server.maxConnections", 1024);
        d.put("server.reserveConnections", 8);
        d.put("server.matchThreads", 2);
        d.put("server.shutdownGraceMillis", 5000);
        d.put("faq.dir", "faq");
        d.put("faq.keepVersions", FaqStore.DEFAULT_KEEP_VERSIONS);
        d.put("faq.watch", true);
        d.put("faq.watchDebounceMillis", 250);
        // Empty: the learned threshold of the shipped model (src/main/resources/dev/digestbot/match).
        d.put("match.answerThreshold", "");
        d.put("match.suggestThreshold", "");
        d.put("match.minMargin", "");
        d.put("match.cacheSize", MatchSettings.defaults().cacheSize());
        d.put("chat.botName", "小助手");
        d.put("chat.trigger", "all");
        d.put("chat.ratePerMinute", ChatSettings.DEFAULT_RATE_PER_MINUTE);
        d.put("chat.suggestionMemorySeconds", ChatSettings.DEFAULT_SUGGESTION_MEMORY_SECONDS);
        d.put("wechat.token", "");
        d.put("wechat.aesKey", "");
        d.put("wechat.previousAesKey", "");
        d.put("wechat.appId", "");
        d.put("wechat.timestampWindowSeconds", CallbackAuth.DEFAULT_WINDOW_SECONDS);
        d.put("wechat.replyBudgetMillis", PassiveReplier.DEFAULT_BUDGET_MILLIS);
        d.put("wechat.welcome", PassiveReplier.DEFAULT_WELCOME);
        d.put("wecom.token", "");
        d.put("wecom.aesKey", "");
        d.put("wecom.corpId", "");
        d.put("wecom.robotWebhook", "");
        d.put("wecom.robotFormat", "text");
        d.put("admin.token", "");
        d.put("admin.unansweredSize", 500);
        return d;
    }

    /** {@code wechat.aesKey} → {@code DIGESTBOT_WECHAT_AES_KEY}. */
    public static String envName(String key) {
        String snake = WORD_BREAK.matcher(key.replace('.', '_')).replaceAll("$1_$2");
        return "DIGESTBOT_" + snake.toUpperCase(Locale.ROOT);
    }
}
