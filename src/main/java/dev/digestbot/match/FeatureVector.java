package dev.digestbot.match;

import java.util.EnumMap;
import java.util.Map;

/** One candidate's signals, by {@link Feature}. Mutable while the ranker fills it, then only read. */
public final class FeatureVector {

    private static final Feature[] FEATURES = Feature.values();

    private final double[] values = new double[FEATURES.length];

    void set(Feature feature, double value) {
        values[feature.ordinal()] = value;
    }

    public double get(Feature feature) {
        return values[feature.ordinal()];
    }

    /** The signals by name, in declaration order. */
    public Map<Feature, Double> asMap() {
        Map<Feature, Double> map = new EnumMap<>(Feature.class);
        for (Feature f : FEATURES) {
            map.put(f, values[f.ordinal()]);
        }
        return map;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
