package dev.digestbot.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns signals into an order and a calibrated confidence, in two learned stages.
 *
 * <ol>
 *   <li>Ranking: a linear score {@code z = Σ rank weight × signal}, fitted so that the right
 *       entry scores above the other candidates of the same message.
 *   <li>Confidence: a second-order logistic model over the candidate's inputs — its {@code z}
 *       ({@code SCORE}), its lead over the strongest other candidate that is not its
 *       near-duplicate ({@code LEAD}: {@code z - max z of the others}, kept within 0 and
 *       {@link #MAX_LEAD}, see {@link #leadInput}) and its signals — and every product of two
 *       inputs ({@link #TERMS}),
 *       fitted on the best candidate of every training message: right, wrong, or for messages that
 *       expect no answer, always wrong. It answers "how likely is this the right entry"; the
 *       products let it learn that, say, full coverage of a message of two words says less than
 *       full coverage of one of ten.
 * </ol>
 *
 * The weights come from the training command and ship in the model files ({@link TrainedModel});
 * they weigh general signals only, nothing about particular entries. Immutable and thread-safe.
 */
public final class ConfidenceModel {

    public static final double MAX_LEAD = 3;

    private static final Feature[] FEATURES = Feature.values();
    private static final List<String> INPUTS = inputs();
    /** The confidence's terms, by name: the inputs, then their products {@code A*B} for A up to B. */
    public static final List<String> TERMS = terms();

    private final Map<Feature, Double> rankWeights;
    private final Map<String, Double> confidenceWeights;
    private final double bias;
    private final double[] rank = new double[FEATURES.length];
    private final double[] confidence = new double[TERMS.size()];

    /**
     * @param rankWeights a weight for every feature, for ordering
     * @param confidenceWeights a weight for every one of {@link #TERMS}
     * @param bias the confidence's intercept
     */
    public ConfidenceModel(Map<Feature, Double> rankWeights, Map<String, Double> confidenceWeights, double bias) {
        Map<Feature, Double> rankCopy = new EnumMap<>(Feature.class);
        for (Feature f : FEATURES) {
            rank[f.ordinal()] = finite("rank." + f, rankWeights.get(f));
            rankCopy.put(f, rank[f.ordinal()]);
        }
        Map<String, Double> confidenceCopy = new LinkedHashMap<>();
        for (int t = 0; t < TERMS.size(); t++) {
            confidence[t] = finite("confidence." + TERMS.get(t), confidenceWeights.get(TERMS.get(t)));
            confidenceCopy.put(TERMS.get(t), confidence[t]);
        }
        this.rankWeights = Collections.unmodifiableMap(rankCopy);
        this.confidenceWeights = Collections.unmodifiableMap(confidenceCopy);
        this.bias = finite("confidence.bias", bias);
    }

    private static double finite(String key, Double weight) {
        if (weight == null || !Double.isFinite(weight)) {
            throw new IllegalArgumentException(key + ": " + weight + " (expected: a finite weight)");
        }
        return weight;
    }

    private static List<String> inputs() {
        List<String> inputs = new ArrayList<>(List.of("SCORE", "LEAD"));
        for (Feature f : FEATURES) {
            inputs.add(f.name());
        }
        return List.copyOf(inputs);
    }

    private static List<String> terms() {
        List<String> terms = new ArrayList<>(INPUTS);
        for (int i = 0; i < INPUTS.size(); i++) {
            for (int j = i; j < INPUTS.size(); j++) {
                terms.add(INPUTS.get(i) + "*" + INPUTS.get(j));
            }
        }
        return List.copyOf(terms);
    }

    /** The values of {@link #TERMS} for a candidate of rank score {@code z}, lead and signals by feature ordinal. */
    public static double[] terms(double z, double lead, double[] features) {
        int n = INPUTS.size();
        double[] inputs = new double[n];
        inputs[0] = z;
        inputs[1] = leadInput(lead);
        System.arraycopy(features, 0, inputs, 2, FEATURES.length);
        double[] terms = new double[TERMS.size()];
        System.arraycopy(inputs, 0, terms, 0, n);
        int k = n;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                terms[k++] = inputs[i] * inputs[j];
            }
        }
        return terms;
    }

    public Map<Feature, Double> rankWeights() {
        return rankWeights;
    }

    public Map<String, Double> confidenceWeights() {
        return confidenceWeights;
    }

    public double bias() {
        return bias;
    }

    public double rankScore(FeatureVector f) {
        double z = 0;
        for (Feature feature : FEATURES) {
            z += rank[feature.ordinal()] * f.get(feature);
        }
        return z;
    }

    /**
     * The lead as the model weighs it: at most {@link #MAX_LEAD}, and at least 0, so a runner-up,
     * which trails the best candidate, is weighed as if it tied with it. The model is fitted on the
     * best candidates, which lead; a negative lead would be outside what it learned, where its
     * products can rise as fast as they fall.
     */
    static double leadInput(double lead) {
        return Math.max(0, Math.min(lead, MAX_LEAD));
    }

    /**
     * The confidence of a candidate with rank score {@code z}, leading the best other candidate by
     * {@code lead}: the terms of {@link #terms}, weighed in the same order without building them.
     */
    public double confidence(double z, double lead, FeatureVector f) {
        int n = INPUTS.size();
        double[] inputs = new double[n];
        inputs[0] = z;
        inputs[1] = leadInput(lead);
        for (Feature feature : FEATURES) {
            inputs[2 + feature.ordinal()] = f.get(feature);
        }
        double s = bias;
        int k = n;
        for (int i = 0; i < n; i++) {
            s += confidence[i] * inputs[i];
            double products = 0;
            for (int j = i; j < n; j++) {
                products += confidence[k++] * inputs[j];
            }
            s += products * inputs[i];
        }
        return 1 / (1 + Math.exp(-s));
    }

    /** One group's best candidate with its lead over the others and its confidence. */
    public record Assessed(Ranking.Candidate candidate, double lead, double confidence) {

        public Assessed {
            Objects.requireNonNull(candidate, "candidate");
        }
    }

    /**
     * The best candidate of each near-duplicate group, best first, each with its lead over the
     * strongest other group (and the project-only competitor) and its confidence.
     */
    public List<Assessed> assess(Ranking ranking) {
        List<Ranking.Candidate> leaders = new ArrayList<>();
        List<Ranking.Candidate> all = ranking.candidates();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).group() == i) {
                leaders.add(all.get(i));
            }
        }
        double floor = ranking.projectOnly() == null ? Double.NEGATIVE_INFINITY : rankScore(ranking.projectOnly());
        List<Assessed> assessed = new ArrayList<>(leaders.size());
        for (int i = 0; i < leaders.size(); i++) {
            Ranking.Candidate c = leaders.get(i);
            double other = leaders.size() == 1 ? floor : Math.max(floor, leaders.get(i == 0 ? 1 : 0).rankScore());
            double lead = c.rankScore() - other;
            assessed.add(new Assessed(c, lead, confidence(c.rankScore(), lead, c.features())));
        }
        return assessed;
    }
}
