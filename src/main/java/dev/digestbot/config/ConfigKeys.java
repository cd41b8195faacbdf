package dev.digestbot.config;

import dev.digestbot.channel.callback.CallbackAuth;
import dev.digestbot.channel.callback.PassiveReplier;
import dev.digestbot.chat.TriggerMode;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.match.MatchSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every setting the bot knows, declared once with its type, default, allowed values and meaning,
 * in the order of {@code config/digestbot.json} and of the README's table. A key
 * {@code section.someName} is overridden by the environment variable
 * {@code DIGESTBOT_SECTION_SOME_NAME}.
 */
public final class ConfigKeys {

    static final Setting<String> SERVER_HOST = Setting.nonBlank("server.host", "127.0.0.1",
            "address to bind");
    static final Setting<Integer> SERVER_PORT = Setting.integer("server.port", 8080, 0, 65535,
            "port to bind (0 picks a free one)");
    static final Setting<Integer> SERVER_MAX_BODY_BYTES = Setting.integer("server.maxBodyBytes", 65536,
            1024, 16 * 1024 * 1024, "largest request body; larger → 413");
    static final Setting<Integer> SERVER_MAX_HEADER_BYTES = Setting.integer("server.maxHeaderBytes", 8192,
            1024, 1024 * 1024, "largest request header block; larger → 431");
    static final Setting<Integer> SERVER_FIRST_BYTE_TIMEOUT_MILLIS = Setting.integer(
            "server.firstByteTimeoutMillis", 5000, 100, 600_000,
            "a new connection that sends nothing for this long is closed");
    static final Setting<Integer> SERVER_READ_TIMEOUT_MILLIS = Setting.integer("server.readTimeoutMillis",
            10_000, 100, 600_000,
            "time a client has to send a whole request once it starts; slower clients are cut off");
    static final Setting<Integer> SERVER_IDLE_TIMEOUT_SECONDS = Setting.integer("server.idleTimeoutSeconds",
            60, 1, 3600, "idle keep-alive connections are closed after this");
    static final Setting<Integer> SERVER_MAX_CONNECTIONS = Setting.integer("server.maxConnections", 1024,
            1, 1_000_000, "connections beyond this (and the reserve) are closed at once, counted in"
                    + " `/metrics` and logged at most every 10 s");
    static final Setting<Integer> SERVER_RESERVE_CONNECTIONS = Setting.integer("server.reserveConnections",
            8, 0, 10_000, "connections beyond `server.maxConnections` that may only ask `/healthz` or"
                    + " `/readyz` (one request each, anything else → 503), so health checks still answer"
                    + " while the server is full");
    static final Setting<Integer> SERVER_MATCH_THREADS = Setting.integer("server.matchThreads", 2, 1, 256,
            "worker threads that run matching and disk writes off the event loops");
    static final Setting<Integer> SERVER_SHUTDOWN_GRACE_MILLIS = Setting.integer("server.shutdownGraceMillis",
            5000, 0, 600_000, "how long in-flight requests may finish once shutdown begins");

    static final Setting<Path> FAQ_DIR = Setting.path("faq.dir", "faq", "the FAQ folder");
    static final Setting<Integer> FAQ_KEEP_VERSIONS = Setting.integer("faq.keepVersions",
            FaqStore.DEFAULT_KEEP_VERSIONS, 1, 1000,
            "past FAQ versions kept in `faq/.versions/` for `POST /admin/rollback/{n}`");
    static final Setting<Boolean> FAQ_WATCH = Setting.flag("faq.watch", true,
            "reload `faq/` after hand edits without a restart");
    static final Setting<Integer> FAQ_WATCH_DEBOUNCE_MILLIS = Setting.integer("faq.watchDebounceMillis", 250,
            0, 60_000, "how long the files must stay quiet before a hand edit is reloaded");

    /** An empty threshold takes the one learned with the shipped model (match/ resources). */
    private static final String LEARNED = "the learned value";
    static final Setting<Optional<Double>> MATCH_ANSWER_THRESHOLD = Setting.optionalDecimal(
            "match.answerThreshold", 0, 1, LEARNED, "confidence at or above which the bot answers");
    static final Setting<Optional<Double>> MATCH_SUGGEST_THRESHOLD = Setting.optionalDecimal(
            "match.suggestThreshold", 0, 1, LEARNED, "confidence at or above which entries are offered as"
                    + " suggestions (at most `match.answerThreshold`)");
    static final Setting<Optional<Double>> MATCH_MIN_MARGIN = Setting.optionalDecimal("match.minMargin",
            0, 1, LEARNED, "how far the best entry must lead the runner-up to be answered");
    static final Setting<Integer> MATCH_CACHE_SIZE = Setting.integer("match.cacheSize",
            MatchSettings.defaults().cacheSize(), 0, 10_000_000,
            "normalized queries whose decision is cached (per FAQ version)");

    static final Setting<String> CHAT_BOT_NAME = Setting.nonBlank("chat.botName", "小助手",
            "the name people @mention the bot by; its own messages (sender = this name) are never answered");
    static final Setting<TriggerMode> CHAT_TRIGGER = Setting.oneOf("chat.trigger", TriggerMode.ALL,
            "when an unmentioned message gets a confident answer: `all` (always), `question` (when it"
                    + " reads as a question), `mention` (never; only @mentions get replies)");
    static final Setting<Integer> CHAT_RATE_PER_MINUTE = Setting.integer("chat.ratePerMinute", 6, 1, 600,
            "replies per sender and minute, on every channel");
    static final Setting<Integer> CHAT_SUGGESTION_MEMORY_SECONDS = Setting.integer(
            "chat.suggestionMemorySeconds", 300, 1, 3600, "how long a \"did you mean\" list is remembered,"
                    + " so that a following \"2\" from the same sender gets entry 2");

    static final Setting<String> WECHAT_TOKEN = Setting.text("wechat.token", "",
            "Official Account token; `/wechat` answers 404 while it is empty");
    static final Setting<String> WECHAT_AES_KEY = Setting.text("wechat.aesKey", "",
            "EncodingAESKey (43 characters) for safe mode");
    static final Setting<String> WECHAT_PREVIOUS_AES_KEY = Setting.text("wechat.previousAesKey", "",
            "the key before the last rotation, still accepted for decryption");
    static final Setting<String> WECHAT_APP_ID = Setting.text("wechat.appId", "",
            "AppID checked on every decrypted message");
    static final Setting<Integer> WECHAT_TIMESTAMP_WINDOW_SECONDS = Setting.integer(
            "wechat.timestampWindowSeconds", CallbackAuth.DEFAULT_WINDOW_SECONDS, 1, 86_400,
            "pushes whose timestamp is further from now are rejected (401)");
    static final Setting<Integer> WECHAT_REPLY_BUDGET_MILLIS = Setting.integer("wechat.replyBudgetMillis",
            PassiveReplier.DEFAULT_BUDGET_MILLIS, 100, 4900,
            "a reply not ready by then answers `success` instead (WeChat gives up after 5 s)");
    static final Setting<String> WECHAT_WELCOME = Setting.nonBlank("wechat.welcome",
            PassiveReplier.DEFAULT_WELCOME, "reply to a subscribe event");

    static final Setting<String> WECOM_TOKEN = Setting.text("wecom.token", "",
            "WeCom app callback token; `/wecom` answers 404 while it is empty");
    static final Setting<String> WECOM_AES_KEY = Setting.text("wecom.aesKey", "",
            "EncodingAESKey of the app callback, required with the token");
    static final Setting<String> WECOM_CORP_ID = Setting.text("wecom.corpId", "",
            "CorpID checked on every callback, required with the token");
    static final Setting<String> WECOM_ROBOT_WEBHOOK = Setting.text("wecom.robotWebhook", "",
            "WeCom group-robot webhook URL, the WeCom channel's outbound: when set, replies to WeCom group"
                    + " messages are also pushed there (≤ 20 a minute); replies on other channels never are");
    static final Setting<String> WECOM_ROBOT_FORMAT = Setting.oneOf("wecom.robotFormat", "text",
            List.of("text", "markdown"), "the robot's message format");

    static final Setting<String> ADMIN_TOKEN = Setting.text("admin.token", "",
            "bearer token of the operator API; `/admin/...` answers 404 while it is empty");
    static final Setting<Integer> ADMIN_UNANSWERED_SIZE = Setting.integer("admin.unansweredSize", 500,
            1, 1_000_000, "distinct unanswered messages remembered for `GET /admin/unanswered`");

    /** Every setting, in the order of the config file and the README. */
    public static final List<Setting<?>> ALL = List.of(
            SERVER_HOST, SERVER_PORT, SERVER_MAX_BODY_BYTES, SERVER_MAX_HEADER_BYTES,
            SERVER_FIRST_BYTE_TIMEOUT_MILLIS, SERVER_READ_TIMEOUT_MILLIS, SERVER_IDLE_TIMEOUT_SECONDS,
            SERVER_MAX_CONNECTIONS, SERVER_RESERVE_CONNECTIONS, SERVER_MATCH_THREADS,
            SERVER_SHUTDOWN_GRACE_MILLIS,
            FAQ_DIR, FAQ_KEEP_VERSIONS, FAQ_WATCH, FAQ_WATCH_DEBOUNCE_MILLIS,
            MATCH_ANSWER_THRESHOLD, MATCH_SUGGEST_THRESHOLD, MATCH_MIN_MARGIN, MATCH_CACHE_SIZE,
            CHAT_BOT_NAME, CHAT_TRIGGER, CHAT_RATE_PER_MINUTE, CHAT_SUGGESTION_MEMORY_SECONDS,
            WECHAT_TOKEN, WECHAT_AES_KEY, WECHAT_PREVIOUS_AES_KEY, WECHAT_APP_ID,
            WECHAT_TIMESTAMP_WINDOW_SECONDS, WECHAT_REPLY_BUDGET_MILLIS, WECHAT_WELCOME,
            WECOM_TOKEN, WECOM_AES_KEY, WECOM_CORP_ID, WECOM_ROBOT_WEBHOOK, WECOM_ROBOT_FORMAT,
            ADMIN_TOKEN, ADMIN_UNANSWERED_SIZE);

    private ConfigKeys() {
    }

    /** The setting with that dotted key, or null. */
    static Setting<?> byKey(String key) {
        for (Setting<?> setting : ALL) {
            if (setting.key().equals(key)) {
                return setting;
            }
        }
        return null;
    }
}
