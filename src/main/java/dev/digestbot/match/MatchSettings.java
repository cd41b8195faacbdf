package dev.digestbot.match;

/**
 * The matcher's decision thresholds, from the {@code match.*} config keys.
 *
 * @param answerThreshold confidence at or above which the best entry is answered
 * @param suggestThreshold confidence at or above which entries are offered as suggestions
 * @param minMargin how far the best entry must lead the runner-up to be answered
 * @param cacheSize how many normalized queries keep their decision cached
 */
public record MatchSettings(double answerThreshold, double suggestThreshold, double minMargin,
        int cacheSize) {

    public MatchSettings {
        requireUnit("answerThreshold", answerThreshold);
        requireUnit("suggestThreshold", suggestThreshold);
        requireUnit("minMargin", minMargin);
        if (suggestThreshold > answerThreshold) {
            throw new IllegalArgumentException("suggestThreshold: " + suggestThreshold
                    + " (expected: <= answerThreshold " + answerThreshold + ")");
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize: " + cacheSize + " (expected: >= 0)");
        }
    }

    /**
     * The tuned defaults: answer at confidence 0.56 with a lead of 0.05 over the runner-up, suggest
     * from 0.2, cache 10,000 queries. Chosen with the {@code eval} command on the labelled dev set
     * (all digests imported), the paraphrases and the chit-chat set, where every target holds.
     */
    public static MatchSettings defaults() {
        return new MatchSettings(0.56, 0.2, 0.05, 10_000);
    }

    private static void requireUnit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: 0..1)");
        }
    }
}
