package dev.digestbot.chat;

import java.util.Locale;

/** When the bot speaks in a group without being @mentioned. */
public enum TriggerMode {
    /** Only when @mentioned. */
    MENTION,
    /** Also when an unmentioned message reads as a question and has a confident answer. */
    QUESTION,
    /** Also when any unmentioned message has a confident answer. */
    ALL;

    /** Parses the config value ({@code mention}, {@code question}, {@code all}). */
    public static TriggerMode parse(String field, String value) {
        for (TriggerMode mode : values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(field + ": " + value
                + " (expected: one of mention, question, all)");
    }
}
