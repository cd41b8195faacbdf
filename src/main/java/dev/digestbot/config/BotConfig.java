package dev.digestbot.config;

import dev.digestbot.match.MatchSettings;
import java.nio.file.Path;

/** All settings of one bot process, validated. */
public record BotConfig(ServerSettings server, Path faqDir, MatchSettings match, String botName,
        FaqSettings faq, AdminSettings admin) {

    static BotConfig from(Settings s) throws ConfigException {
        return new BotConfig(
                ServerSettings.from(s),
                Path.of(s.nonBlank("faq.dir")),
                matchSettings(s),
                s.nonBlank("chat.botName"),
                FaqSettings.from(s),
                AdminSettings.from(s));
    }

    private static MatchSettings matchSettings(Settings s) throws ConfigException {
        double answer = s.decimal("match.answerThreshold", 0, 1);
        double suggest = s.decimal("match.suggestThreshold", 0, 1);
        if (suggest > answer) {
            throw Settings.invalid("match.suggestThreshold", String.valueOf(suggest),
                    "<= match.answerThreshold " + answer);
        }
        return new MatchSettings(answer, suggest, s.decimal("match.minMargin", 0, 1),
                s.integer("match.cacheSize", 0, 10_000_000));
    }
}
