package dev.digestbot.chat;

/** When the bot speaks in a group without being @mentioned. */
public enum TriggerMode {
    /** Only when @mentioned. */
    MENTION,
    /** Also when an unmentioned message reads as a question and has a confident answer. */
    QUESTION,
    /** Also when any unmentioned message has a confident answer. */
    ALL
}
