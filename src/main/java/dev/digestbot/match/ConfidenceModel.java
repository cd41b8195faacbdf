package dev.digestbot.match;

/**
 * Combines the re-ranking signals into a calibrated confidence in [0,1]: a logistic model
 * {@code 1 / (1 + exp(-(bias + Σ weight × signal)))}.
 *
 * <p>The weights were fitted by logistic regression on the labelled dev set (the top candidates of
 * each message, labelled right or wrong, null messages all wrong), then rounded; with only seven
 * general signals and no per-entry terms they describe what a right match looks like, not which
 * entries the dev set asks about.
 */
record ConfidenceModel(double bias, double[] weights) {

    static final ConfidenceModel DEFAULT = new ConfidenceModel(-5.42,
            new double[] {1.76, 1.41, 2.64, -1.99, 0.62, 1.5, 1.55, 2.77});

    ConfidenceModel {
        if (weights.length != Reranker.FEATURES) {
            throw new IllegalArgumentException("weights: " + weights.length + " (expected: " + Reranker.FEATURES + ")");
        }
        weights = weights.clone();
    }

    double confidence(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
