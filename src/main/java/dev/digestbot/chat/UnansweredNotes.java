package dev.digestbot.chat;

/** Where the operators see what the bot could not answer (the unanswered queue). */
@FunctionalInterface
public interface UnansweredNotes {

    /** Nowhere: the operators have no queue to read, so nothing is ever noted. */
    UnansweredNotes NONE = text -> false;

    /** Whether a message with this text, left without an answer, is kept for the operators. */
    boolean keeps(String text);
}
