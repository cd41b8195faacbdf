package dev.digestbot.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Every learned number of the matcher, as the training command writes it: the
 * {@link ConfidenceModel}'s weights and the {@link DecisionPolicy}'s thresholds. The shipped one
 * is the resource {@code model.properties} next to this class; nothing else in the code holds a
 * learned number. The file is plain {@code key=value} lines in a fixed order with fixed precision,
 * so training on the same data writes the same bytes.
 */
public record TrainedModel(ConfidenceModel confidence, DecisionPolicy policy) {

    /** The model file's name, a resource of this package. */
    public static final String RESOURCE = "model.properties";

    /** Holds the shipped model, read on first use. */
    private static final class Shipped {
        static final TrainedModel MODEL = load();

        private static TrainedModel load() {
            try (InputStream in = TrainedModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    public TrainedModel {
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(policy, "policy");
    }

    /** The model the jar ships. */
    public static TrainedModel shipped() {
        return Shipped.MODEL;
    }

    /** Reads a model file; a missing or malformed number fails naming its key. */
    public static TrainedModel read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Map<Feature, Double> rank = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            rank.put(f, number(p, "rank." + f));
        }
        Map<String, Double> confidence = new LinkedHashMap<>();
        for (String term : ConfidenceModel.TERMS) {
            confidence.put(term, number(p, "confidence." + term));
        }
        return new TrainedModel(new ConfidenceModel(rank, confidence, number(p, "confidence.bias")),
                new DecisionPolicy(number(p, "policy.answerThreshold"), number(p, "policy.suggestThreshold"),
                        number(p, "policy.minMargin")));
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(key + ": missing (expected: a number)");
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": \"" + value + "\" (expected: a number)");
        }
    }

    /** Writes the model, after {@code header} lines as comments. */
    public void write(Writer out, List<String> header) throws IOException {
        for (String line : header) {
            out.write("# " + line + "\n");
        }
        for (Feature f : Feature.values()) {
            line(out, "rank." + f, confidence.rankWeights().get(f));
        }
        line(out, "confidence.bias", confidence.bias());
        for (String term : ConfidenceModel.TERMS) {
            line(out, "confidence." + term, confidence.confidenceWeights().get(term));
        }
        line(out, "policy.answerThreshold", policy.answerThreshold());
        line(out, "policy.suggestThreshold", policy.suggestThreshold());
        line(out, "policy.minMargin", policy.minMargin());
    }

    private static void line(Writer out, String key, double value) throws IOException {
        out.write(key + "=" + String.format(Locale.ROOT, "%.9g", value) + "\n");
    }
}
