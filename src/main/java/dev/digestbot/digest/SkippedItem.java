package dev.digestbot.digest;

import java.util.Objects;

/**
 * A Q&A item that could not become an entry.
 *
 * @param ordinal the item's 1-based position in reading order
 * @param line 1-based line of the item's first line in the file
 * @param reason why, in words an operator can act on
 */
public record SkippedItem(int ordinal, int line, String reason) {

    public SkippedItem {
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal: " + ordinal + " (expected: >= 1)");
        }
        Objects.requireNonNull(reason, "reason");
    }
}
