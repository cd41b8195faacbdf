package dev.digestbot.config;

import dev.digestbot.channel.wechat.WechatSettings;
import dev.digestbot.channel.wecom.WecomSettings;
import dev.digestbot.chat.ChatSettings;
import dev.digestbot.chat.TriggerMode;
import dev.digestbot.match.MatchSettings;
import java.nio.file.Path;

/** All settings of one bot process, validated. */
public record BotConfig(ServerSettings server, Path faqDir, MatchSettings match, ChatSettings chat,
        WechatSettings wechat, WecomSettings wecom, FaqSettings faq, AdminSettings admin) {

    static BotConfig from(Settings s) throws ConfigException {
        return new BotConfig(
                ServerSettings.from(s),
                Path.of(s.nonBlank("faq.dir")),
                matchSettings(s),
                chatSettings(s),
                wechatSettings(s),
                wecomSettings(s),
                FaqSettings.from(s),
                AdminSettings.from(s));
    }

    /** The channel records validate themselves; their messages already name the key. */
    private static ChatSettings chatSettings(Settings s) throws ConfigException {
        try {
            return new ChatSettings(
                    TriggerMode.parse("chat.trigger", s.oneOf("chat.trigger", "mention", "question", "all")),
                    s.nonBlank("chat.botName"),
                    s.integer("chat.ratePerMinute", 1, 600),
                    s.integer("chat.suggestionMemorySeconds", 1, 3600));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static WechatSettings wechatSettings(Settings s) throws ConfigException {
        try {
            return new WechatSettings(s.string("wechat.token"), s.string("wechat.aesKey"),
                    s.string("wechat.previousAesKey"), s.string("wechat.appId"),
                    s.integer("wechat.timestampWindowSeconds", 1, 86_400),
                    s.integer("wechat.replyBudgetMillis", 100, 4900),
                    s.nonBlank("wechat.welcome"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static WecomSettings wecomSettings(Settings s) throws ConfigException {
        try {
            return new WecomSettings(s.string("wecom.token"), s.string("wecom.aesKey"),
                    s.string("wecom.corpId"), WecomSettings.webhook(s.string("wecom.robotWebhook")),
                    s.oneOf("wecom.robotFormat", "text", "markdown"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static MatchSettings matchSettings(Settings s) throws ConfigException {
        Double answer = s.optionalDecimal("match.answerThreshold", 0, 1);
        Double suggest = s.optionalDecimal("match.suggestThreshold", 0, 1);
        if (answer != null && suggest != null && suggest > answer) {
            throw Settings.invalid("match.suggestThreshold", String.valueOf(suggest),
                    "<= match.answerThreshold " + answer);
        }
        return new MatchSettings(answer, suggest, s.optionalDecimal("match.minMargin", 0, 1),
                s.integer("match.cacheSize", 0, 10_000_000));
    }
}
