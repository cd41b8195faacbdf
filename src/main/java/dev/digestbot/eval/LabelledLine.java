package dev.digestbot.eval;

import java.util.Objects;
import java.util.Set;

/**
 * One line of a labelled set: a chat message, the entry or digest Q&A item it should match (null
 * when the bot should stay silent) and its difficulty level.
 */
public record LabelledLine(int lineNumber, String text, Expected expect, String level) {

    /** Levels of lines that expect an entry; the others ({@code offtopic}, {@code uncovered}) expect none. */
    public static final Set<String> MATCHED_LEVELS = Set.of("light", "medium", "hard");

    /**
     * The entry a line expects: named by its {@code id}, or as a Q&A item by its digest file and
     * its question, verbatim from the markdown (then {@code id} is null).
     */
    public record Expected(String id, String digest, String question) {
        public Expected {
            if (id == null) {
                Objects.requireNonNull(digest, "digest");
                Objects.requireNonNull(question, "question");
            }
        }

        public static Expected entry(String id) {
            return new Expected(Objects.requireNonNull(id, "id"), null, null);
        }

        public static Expected item(String digest, String question) {
            return new Expected(null, digest, question);
        }

        /** How a report names it. */
        public String describe() {
            return id != null ? id : digest;
        }
    }

    public LabelledLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
        if ((expect != null) != MATCHED_LEVELS.contains(level)) {
            throw new IllegalArgumentException("line " + lineNumber + ": level " + level
                    + (expect == null ? " needs an expect" : " must have a null expect"));
        }
    }
}
