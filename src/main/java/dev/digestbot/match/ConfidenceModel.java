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
 * The weights were fitted by logistic regression (L2 1e-3) on the labelled dev set and checked
 * with 5-fold cross-validation; they weigh general signals only, nothing about particular entries.
 * Immutable.
 */
record ConfidenceModel(double[] rankWeights, double[] confidenceWeights) {

    static final double MAX_LEAD = 3;

    static final ConfidenceModel DEFAULT = new ConfidenceModel(
            new double[] {1.770, 1.728, 2.846, -0.424, 1.207, 2.608, 1.788, 2.137, 1.799, 0.000, 1.714},
            new double[] {0.914, 1.008, -1.297, -1.237, 2.377, -0.680, -0.466, -0.724, -0.426, 1.769, -1.239,
                    -2.030, -0.026, -5.609});

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
