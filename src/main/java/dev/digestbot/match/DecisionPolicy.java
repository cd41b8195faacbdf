package dev.digestbot.match;

import dev.digestbot.faq.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * The last stage: what to say given the assessed candidates. The best one is answered when its
 * confidence reaches {@code answerThreshold} and leads the runner-up's confidence by
 * {@code minMargin}; otherwise the top three are offered as suggestions when the best reaches
 * {@code suggestThreshold}; otherwise nothing. The thresholds are learned with the weights
 * ({@link TrainedModel}); the {@code match.*} settings may override them.
 */
public record DecisionPolicy(double answerThreshold, double suggestThreshold, double minMargin) {

    static final int MAX_CANDIDATES = 3;

    public DecisionPolicy {
        requireUnit("answerThreshold", answerThreshold);
        requireUnit("suggestThreshold", suggestThreshold);
        requireUnit("minMargin", minMargin);
        if (suggestThreshold > answerThreshold) {
            throw new IllegalArgumentException("suggestThreshold: " + suggestThreshold
                    + " (expected: <= answerThreshold " + answerThreshold + ")");
        }
    }

    private static void requireUnit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: 0..1)");
        }
    }

    Decision decide(List<ConfidenceModel.Assessed> assessed) {
        List<Candidate> candidates = new ArrayList<>(MAX_CANDIDATES);
        for (ConfidenceModel.Assessed a : assessed.subList(0, Math.min(MAX_CANDIDATES, assessed.size()))) {
            candidates.add(new Candidate(a.candidate().entry(), a.confidence()));
        }
        if (candidates.isEmpty()) {
            return Decision.none(candidates);
        }
        double best = candidates.get(0).score();
        double second = candidates.size() > 1 ? candidates.get(1).score() : 0;
        if (best >= answerThreshold && best - second >= minMargin) {
            Ranking.Candidate top = assessed.get(0).candidate();
            return new Decision(Decision.Verdict.ANSWER, best, top.entry(), candidates, followupOf(top.entry(), top.variant()));
        }
        if (best >= suggestThreshold) {
            return new Decision(Decision.Verdict.SUGGEST, best, null, candidates);
        }
        return Decision.none(candidates);
    }

    /**
     * The follow-up turn a question variant stands for, or -1 for the question and alternates:
     * variants are the question, then the alternates, then the follow-up questions (see
     * {@link Analyzer#questionTexts}).
     */
    private static int followupOf(Entry entry, int variant) {
        int turn = variant - 1 - entry.alternates().size();
        return turn >= 0 && turn < entry.followups().size() ? turn : -1;
    }
}
