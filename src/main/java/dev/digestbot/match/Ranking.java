package dev.digestbot.match;

import dev.digestbot.faq.Entry;
import java.util.List;
import java.util.Objects;

/**
 * The ranker's view of one message: every candidate with its signals and rank score, best first,
 * and the signals of the project-only competitor ({@link Ranker}), null when the message names no
 * project. What the confidence model and the decision start from, and what the training command
 * fits the weights on.
 */
public record Ranking(List<Candidate> candidates, FeatureVector projectOnly) {

    /**
     * One candidate entry.
     *
     * @param doc the entry's number in the index
     * @param entry the entry to answer with: this one, or its twin edited last
     * @param rankScore the model's score for ordering
     * @param variant which question phrasing covered the message best (question, alternates, then
     *     follow-up questions)
     * @param group the position in the ranking of the best candidate this one is a near-duplicate
     *     of; its own position when it leads its group
     */
    public record Candidate(int doc, Entry entry, FeatureVector features, double rankScore, int variant, int group) {

        public Candidate {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(features, "features");
        }

        Candidate inGroup(int newGroup) {
            return new Candidate(doc, entry, features, rankScore, variant, newGroup);
        }

        /** The candidate answering with its twin's entry, whose follow-ups it may not have. */
        Candidate answeredBy(int twin, Entry twinEntry) {
            return new Candidate(twin, twinEntry, features, rankScore, -1, group);
        }
    }

    public Ranking {
        candidates = List.copyOf(candidates);
    }
}
