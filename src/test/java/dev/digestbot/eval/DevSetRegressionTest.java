package dev.digestbot.eval;

import dev.digestbot.match.MatchSettings;
import dev.digestbot.match.Matcher;
import dev.digestbot.testing.Targets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped matcher's figures on the validation set, {@code ../shared/eval/dev.jsonl}, which
 * nothing is fitted on, must meet the matching issue's targets. A failure prints the whole eval
 * report, misses first, so the cause is visible.
 *
 * <p>One target is not met: 107 of the 120 matched lines are answered right (89.2 %), one line
 * short of 90 %; the held-out training lines reach 91.4 % (see the README). The floor here is what
 * the shipped model does, so a change that loses ground fails, and nothing is tuned on these lines
 * to close the gap.
 */
class DevSetRegressionTest {

    static final double MEASURED_ANSWERED_CORRECT = 0.89;

    private static Targets.Scored scored;

    @BeforeAll
    static void scoreTheDevSet() throws Exception {
        Matcher matcher = Matcher.build(ShippedFaq.snapshot(), MatchSettings.defaults());
        scored = Targets.score(matcher, LabelledSet.read(ShippedFaq.devSet()));
    }

    @Test
    void matchedLinesAreAnsweredRightAndRarelyWrong() {
        Targets.assertMatched(scored, MEASURED_ANSWERED_CORRECT);
    }

    @Test
    void chitChatAndUncoveredQuestionsAreNotAnswered() {
        Targets.assertSilent(scored);
    }
}
