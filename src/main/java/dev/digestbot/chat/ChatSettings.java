package dev.digestbot.chat;

import java.util.Objects;

/**
 * Group-chat manners, from the {@code chat.*} config keys (declared, with their defaults, in
 * {@code config.ConfigKeys}).
 *
 * @param trigger when to answer a message that does not @mention the bot
 * @param botName the bot's display name in groups, as people @mention it
 * @param ratePerMinute replies one sender may get per minute
 * @param suggestionMemorySeconds how long a "did you mean" list waits for its number
 */
public record ChatSettings(TriggerMode trigger, String botName, int ratePerMinute,
        int suggestionMemorySeconds) {

    public ChatSettings {
        Objects.requireNonNull(trigger, "trigger");
        if (botName == null || botName.isBlank() || botName.contains("@")) {
            throw new IllegalArgumentException("chat.botName: " + botName
                    + " (expected: a non-blank display name without @)");
        }
        if (ratePerMinute < 1 || ratePerMinute > 600) {
            throw new IllegalArgumentException("chat.ratePerMinute: " + ratePerMinute
                    + " (expected: 1..600)");
        }
        if (suggestionMemorySeconds < 1 || suggestionMemorySeconds > 3600) {
            throw new IllegalArgumentException("chat.suggestionMemorySeconds: "
                    + suggestionMemorySeconds + " (expected: 1..3600)");
        }
    }
}
