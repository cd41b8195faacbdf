package dev.digestbot.digest;

import dev.digestbot.faq.Followup;
import java.util.List;
import java.util.Objects;

/**
 * One Q&A item of a digest, cleaned to chat text: the first question and answer turn, the later
 * turns as follow-ups, and the project line if the item has one.
 *
 * @param ordinal 1-based position among the digest's items in reading order
 * @param line 1-based line of the item's first line in the file
 * @param heading the item's header lines and the title of its group ("关于 Seata 的提问"),
 *     possibly empty; where the item itself names no product, these may
 * @param projectLine the item's project line, or null when it has none
 */
record DigestItem(int ordinal, int line, String question, String answer, List<Followup> followups,
        String heading, ProjectLine projectLine) {

    DigestItem {
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal: " + ordinal + " (expected: >= 1)");
        }
        if (Objects.requireNonNull(question, "question").isBlank()) {
            throw new IllegalArgumentException("question: blank (expected: text)");
        }
        if (Objects.requireNonNull(answer, "answer").isBlank()) {
            throw new IllegalArgumentException("answer: blank (expected: text)");
        }
        followups = List.copyOf(followups);
        Objects.requireNonNull(heading, "heading");
    }

    /** Question, answer and follow-ups as one text, for finding the products it mentions. */
    String allText() {
        StringBuilder sb = new StringBuilder(question).append('\n').append(answer);
        for (Followup f : followups) {
            sb.append('\n').append(f.question()).append('\n').append(f.answer());
        }
        return sb.toString();
    }
}
