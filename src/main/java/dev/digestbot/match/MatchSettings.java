package dev.digestbot.match;

/**
 * The matcher's settings, from the {@code match.*} config keys.
 *
 * @param answerThreshold confidence at or above which the best entry is answered; null for the
 *     learned one of the shipped model ({@link TrainedModel})
 * @param suggestThreshold confidence at or above which entries are offered as suggestions; null
 *     for the learned one
 * @param minMargin how far the best entry's confidence must lead the runner-up's to be answered;
 *     null for the learned one
 * @param cacheSize how many normalized queries keep their decision cached
 */
public record MatchSettings(Double answerThreshold, Double suggestThreshold, Double minMargin, int cacheSize) {

    public MatchSettings {
        for (Double value : new Double[] {answerThreshold, suggestThreshold, minMargin}) {
            if (value != null && !(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("threshold: " + value + " (expected: 0..1)");
            }
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize: " + cacheSize + " (expected: >= 0)");
        }
    }

    /** The learned thresholds and a cache of 10,000 queries. */
    public static MatchSettings defaults() {
        return new MatchSettings(null, null, null, 10_000);
    }

    /** The settings with another cache size. */
    public MatchSettings withCacheSize(int size) {
        return new MatchSettings(answerThreshold, suggestThreshold, minMargin, size);
    }

    /** The learned policy with the thresholds these settings set instead. */
    public DecisionPolicy policy(DecisionPolicy learned) {
        return new DecisionPolicy(
                answerThreshold != null ? answerThreshold : learned.answerThreshold(),
                suggestThreshold != null ? suggestThreshold : Math.min(learned.suggestThreshold(),
                        answerThreshold != null ? answerThreshold : learned.answerThreshold()),
                minMargin != null ? minMargin : learned.minMargin());
    }
}
