package dev.digestbot.match;

import dev.digestbot.faq.Entry;
import java.util.List;
import java.util.Objects;

/**
 * What the matcher concluded for one message.
 *
 * <ul>
 *   <li>{@code ANSWER}: {@code entry} is the confident answer, {@code candidates} the top list
 *       (the answer first).
 *   <li>{@code SUGGEST}: no confident answer; {@code candidates} holds up to three entries worth
 *       offering as "did you mean".
 *   <li>{@code NONE}: nothing worth saying; {@code candidates} may still hold weak ones, for the
 *       unanswered queue and the eval report.
 * </ul>
 *
 * {@code score} is the best candidate's confidence, 0 when there is none. {@code followup} is the
 * index in the answered entry's {@link Entry#followups()} of the turn whose question the message
 * matched best, or -1 when it matched the entry's own question (or an alternate).
 */
public record Decision(Verdict verdict, double score, Entry entry, List<Candidate> candidates,
        int followup) {

    public enum Verdict { ANSWER, SUGGEST, NONE }

    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        candidates = List.copyOf(candidates);
        if ((verdict == Verdict.ANSWER) != (entry != null)) {
            throw new IllegalArgumentException("entry must be set exactly when the verdict is ANSWER");
        }
        int turns = entry == null ? 0 : entry.followups().size();
        if (followup < -1 || followup >= turns) {
            throw new IllegalArgumentException("followup: " + followup + " (expected: -1.." + (turns - 1) + ")");
        }
    }

    /** A decision that matched the entry's own question. */
    public Decision(Verdict verdict, double score, Entry entry, List<Candidate> candidates) {
        this(verdict, score, entry, candidates, -1);
    }

    /** The answer to what the message asked: the matched follow-up's, else the entry's. */
    public String answerText() {
        if (entry == null) {
            throw new IllegalStateException("no answer: the verdict is " + verdict);
        }
        return followup < 0 ? entry.answer() : entry.followups().get(followup).answer();
    }

    public static Decision none(List<Candidate> weak) {
        return new Decision(Verdict.NONE, weak.isEmpty() ? 0 : weak.get(0).score(), null, weak);
    }

    public boolean answered() {
        return verdict == Verdict.ANSWER;
    }
}
