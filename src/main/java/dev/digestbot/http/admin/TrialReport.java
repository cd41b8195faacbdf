package dev.digestbot.http.admin;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.digestbot.chat.Trial;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.match.ConfidenceModel;
import dev.digestbot.match.Decision;
import dev.digestbot.match.Feature;
import dev.digestbot.match.FeatureVector;
import dev.digestbot.match.Ranking;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code POST /admin/try} answer: what the bot decided for a message and replies to it, and
 * for each of the best candidates its confidence, rank score, lead and signals, with the signal
 * that carried it: the one adding most to its rank score (rank weight × value).
 *
 * @param normalized the message as the matcher reads it
 * @param decision {@code ANSWER}, {@code SUGGEST} or {@code NONE}
 * @param score the best candidate's confidence, 0 without one
 * @param entry the entry answered with, null unless the decision is {@code ANSWER}
 */
@JsonPropertyOrder({"decision", "score", "reply", "normalized", "entry", "candidates"})
record TrialReport(String decision, double score, String reply, String normalized, EntryRef entry,
        List<CandidateReport> candidates) {

    /** How many candidates are shown: the three a suggestion offers and two more. */
    static final int MAX_CANDIDATES = 5;

    @JsonPropertyOrder({"id", "question", "project", "link"})
    record EntryRef(String id, String question, String project, String link) {

        static EntryRef of(Entry entry, FaqSnapshot snapshot) {
            return new EntryRef(entry.id(), entry.question(), entry.project(), snapshot.linkOf(entry).orElse(null));
        }
    }

    /**
     * @param lead how far its rank score is above the strongest other candidate's (capped at
     *     {@link ConfidenceModel#MAX_LEAD}, as the model reads it)
     * @param signals every {@link Feature}'s value, in declaration order
     */
    @JsonPropertyOrder({"id", "question", "project", "confidence", "rankScore", "lead", "carriedBy", "signals"})
    record CandidateReport(String id, String question, String project, double confidence, double rankScore,
            double lead, Carrier carriedBy, Map<String, Double> signals) {
    }

    /** The signal that added most to a rank score, and how much. */
    @JsonPropertyOrder({"feature", "description", "contribution"})
    record Carrier(String feature, String description, double contribution) {
    }

    static TrialReport of(Trial trial) {
        Decision decision = trial.explanation().decision();
        List<CandidateReport> candidates = trial.explanation().assessed().stream()
                .limit(MAX_CANDIDATES)
                .map(assessed -> candidate(assessed, trial.model()))
                .toList();
        return new TrialReport(decision.verdict().name(), round(decision.score()), trial.reply(),
                trial.explanation().normalized(),
                decision.answered() ? EntryRef.of(decision.entry(), trial.snapshot()) : null, candidates);
    }

    private static CandidateReport candidate(ConfidenceModel.Assessed assessed, ConfidenceModel model) {
        Ranking.Candidate c = assessed.candidate();
        FeatureVector features = c.features();
        Map<String, Double> signals = new LinkedHashMap<>();
        features.asMap().forEach((feature, value) -> signals.put(feature.name(), round(value)));
        Map<Feature, Double> weights = model.rankWeights();
        Feature carrier = features.asMap().keySet().stream()
                .max(Comparator.comparingDouble(f -> weights.get(f) * features.get(f)))
                .orElseThrow();
        return new CandidateReport(c.entry().id(), c.entry().question(), c.entry().project(),
                round(assessed.confidence()), round(c.rankScore()),
                round(Math.min(assessed.lead(), ConfidenceModel.MAX_LEAD)),
                new Carrier(carrier.name(), carrier.description(), round(weights.get(carrier) * features.get(carrier))),
                signals);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
