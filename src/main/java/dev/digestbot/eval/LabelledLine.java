package dev.digestbot.eval;

import java.util.Objects;
import java.util.Set;

/**
 * One line of a labelled set: a chat message, the digest Q&A item it should match (null when the
 * bot should stay silent) and its difficulty level.
 */
public record LabelledLine(int lineNumber, String text, Expected expect, String level) {

    /** Levels of lines that expect an entry; the others ({@code offtopic}, {@code uncovered}) expect none. */
    public static final Set<String> MATCHED_LEVELS = Set.of("light", "medium", "hard");

    /** A Q&A item named by its digest file and its question, verbatim from the markdown. */
    public record Expected(String digest, String question) {
        public Expected {
            Objects.requireNonNull(digest, "digest");
            Objects.requireNonNull(question, "question");
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
