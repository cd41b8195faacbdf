package dev.digestbot.config;

import static dev.digestbot.config.ConfigKeys.CHAT_BOT_NAME;
import static dev.digestbot.config.ConfigKeys.CHAT_RATE_PER_MINUTE;
import static dev.digestbot.config.ConfigKeys.CHAT_SUGGESTION_MEMORY_SECONDS;
import static dev.digestbot.config.ConfigKeys.CHAT_TRIGGER;
import static dev.digestbot.config.ConfigKeys.FAQ_DIR;
import static dev.digestbot.config.ConfigKeys.MATCH_ANSWER_THRESHOLD;
import static dev.digestbot.config.ConfigKeys.MATCH_CACHE_SIZE;
import static dev.digestbot.config.ConfigKeys.MATCH_MIN_MARGIN;
import static dev.digestbot.config.ConfigKeys.MATCH_SUGGEST_THRESHOLD;
import static dev.digestbot.config.ConfigKeys.WECHAT_AES_KEY;
import static dev.digestbot.config.ConfigKeys.WECHAT_APP_ID;
import static dev.digestbot.config.ConfigKeys.WECHAT_PREVIOUS_AES_KEY;
import static dev.digestbot.config.ConfigKeys.WECHAT_REPLY_BUDGET_MILLIS;
import static dev.digestbot.config.ConfigKeys.WECHAT_TIMESTAMP_WINDOW_SECONDS;
import static dev.digestbot.config.ConfigKeys.WECHAT_TOKEN;
import static dev.digestbot.config.ConfigKeys.WECHAT_WELCOME;
import static dev.digestbot.config.ConfigKeys.WECOM_AES_KEY;
import static dev.digestbot.config.ConfigKeys.WECOM_CORP_ID;
import static dev.digestbot.config.ConfigKeys.WECOM_ROBOT_FORMAT;
import static dev.digestbot.config.ConfigKeys.WECOM_ROBOT_WEBHOOK;
import static dev.digestbot.config.ConfigKeys.WECOM_TOKEN;

import dev.digestbot.channel.wechat.WechatSettings;
import dev.digestbot.channel.wecom.WecomSettings;
import dev.digestbot.chat.ChatSettings;
import dev.digestbot.match.MatchSettings;
import java.nio.file.Path;
import java.util.Map;

/** All settings of one bot process, validated. */
public record BotConfig(ServerSettings server, Path faqDir, MatchSettings match, ChatSettings chat,
        WechatSettings wechat, WecomSettings wecom, FaqSettings faq, AdminSettings admin) {

    /** The declared defaults: what {@code serve} runs with when nothing is configured. */
    public static BotConfig defaults() {
        try {
            return from(Settings.parse(Map.of()));
        } catch (ConfigException e) {
            throw new IllegalStateException("the declared defaults are invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Each value is valid on its own (see {@link Settings#parse}); the records of the other
     * packages check the keys that go together (a key needs its app ID) with messages that name
     * the key, and this checks the thresholds' order.
     */
    static BotConfig from(Settings s) throws ConfigException {
        try {
            return new BotConfig(ServerSettings.from(s), s.get(FAQ_DIR), matchSettings(s),
                    new ChatSettings(s.get(CHAT_TRIGGER), s.get(CHAT_BOT_NAME), s.get(CHAT_RATE_PER_MINUTE),
                            s.get(CHAT_SUGGESTION_MEMORY_SECONDS)),
                    new WechatSettings(s.get(WECHAT_TOKEN), s.get(WECHAT_AES_KEY),
                            s.get(WECHAT_PREVIOUS_AES_KEY), s.get(WECHAT_APP_ID),
                            s.get(WECHAT_TIMESTAMP_WINDOW_SECONDS), s.get(WECHAT_REPLY_BUDGET_MILLIS),
                            s.get(WECHAT_WELCOME)),
                    new WecomSettings(s.get(WECOM_TOKEN), s.get(WECOM_AES_KEY), s.get(WECOM_CORP_ID),
                            WecomSettings.webhook(s.get(WECOM_ROBOT_WEBHOOK)), s.get(WECOM_ROBOT_FORMAT)),
                    FaqSettings.from(s), AdminSettings.from(s));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static MatchSettings matchSettings(Settings s) throws ConfigException {
        Double answer = s.get(MATCH_ANSWER_THRESHOLD).orElse(null);
        Double suggest = s.get(MATCH_SUGGEST_THRESHOLD).orElse(null);
        if (answer != null && suggest != null && suggest > answer) {
            throw MATCH_SUGGEST_THRESHOLD.invalid(suggest + "", "at most match.answerThreshold " + answer);
        }
        return new MatchSettings(answer, suggest, s.get(MATCH_MIN_MARGIN).orElse(null), s.get(MATCH_CACHE_SIZE));
    }
}
