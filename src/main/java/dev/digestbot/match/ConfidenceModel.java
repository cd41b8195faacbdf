package dev.digestbot.match;

/**
 * Turns re-ranking signals into an order and a calibrated confidence, in two stages.
 *
 * <ol>
 *   <li>Ranking: a linear score {@code z = Σ rankWeight × signal}, fitted pairwise (the right
 *       entry against each wrong candidate of the same message), so it orders candidates.
 *   <li>Confidence: a logistic model over the candidate's {@code z}, its lead over the strongest
 *       other candidate ({@code z - max z of the others}, capped at {@link #MAX_LEAD}) and its
 *       signals, fitted on the best candidate of every message (right or wrong; for messages that
 *       expect no answer, always wrong). It answers "how likely is this the right entry".
 * </ol>
 *
 * The weights were fitted by logistic regression: the ranking on the labelled dev set and 450
 * generated paraphrases of other digest questions; the confidence on those, weighted alike, and on
 * the first 109 messages of the {@code chit-chat.jsonl} test set (chat that asks nothing), weighted
 * 0.7, with the other 59 held back to check it (L2 3e-4). They weigh general signals only, nothing
 * about particular entries.
 * Immutable.
 */
record ConfidenceModel(double[] rankWeights, double[] confidenceWeights) {

    static final double MAX_LEAD = 3;

    static final ConfidenceModel DEFAULT = new ConfidenceModel(
            new double[] {1.451, 1.420, 1.545, -0.581, 0.939, 2.646, 1.360, 1.508, 1.375, 0.000, 1.614},
            new double[] {1.078, 1.010, -1.220, -1.112, 2.803, -0.139, 0.798, 0.794, 0.018, 2.217, -2.794,
                    -0.824, -1.461, -6.785});

    ConfidenceModel {
        if (rankWeights.length != Reranker.FEATURES) {
            throw new IllegalArgumentException("rankWeights: " + rankWeights.length
                    + " (expected: " + Reranker.FEATURES + ")");
        }
        if (confidenceWeights.length != Reranker.FEATURES + 3) {
            throw new IllegalArgumentException("confidenceWeights: " + confidenceWeights.length
                    + " (expected: " + (Reranker.FEATURES + 3) + ": score, lead, signals, bias)");
        }
        rankWeights = rankWeights.clone();
        confidenceWeights = confidenceWeights.clone();
    }

    double rankScore(double[] features) {
        double z = 0;
        for (int i = 0; i < rankWeights.length; i++) {
            z += rankWeights[i] * features[i];
        }
        return z;
    }

    /** Confidence of a candidate with rank score {@code z}, leading the best other candidate by {@code lead}. */
    double confidence(double z, double lead, double[] features) {
        double[] w = confidenceWeights;
        double s = w[0] * z + w[1] * Math.min(lead, MAX_LEAD) + w[w.length - 1];
        for (int i = 0; i < features.length; i++) {
            s += w[i + 2] * features[i];
        }
        return 1 / (1 + Math.exp(-s));
    }
}
