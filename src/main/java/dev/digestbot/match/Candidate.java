package dev.digestbot.match;

import dev.digestbot.faq.Entry;
import java.util.Objects;

/** An entry the matcher considered, with its calibrated confidence in [0,1]. */
public record Candidate(Entry entry, double score) {

    public Candidate {
        Objects.requireNonNull(entry, "entry");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score: " + score + " (expected: 0..1)");
        }
    }
}
