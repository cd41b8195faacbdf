package dev.digestbot.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.match.MatchSettings;
import dev.digestbot.match.Matcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matcher's figures on {@code ../shared/eval/dev.jsonl}, with every shared digest imported and
 * the default settings, must meet the targets. A failure prints the whole eval report,
 * misses first, so the cause is visible.
 */
class DevSetRegressionTest {

    static final double MIN_ANSWERED_CORRECT = 0.90;
    static final double MAX_ANSWERED_WRONG = 0.03;
    static final double MAX_FALSE_ANSWERS_OFFTOPIC = 0.02;
    static final double MAX_FALSE_ANSWERS_UNCOVERED = 0.10;
    static final double MIN_TOP3_RECALL = 0.95;

    private static EvalReport report;
    private static String printed;

    @BeforeAll
    static void scoreTheDevSet() throws Exception {
        Matcher matcher = Matcher.build(SharedDigests.allDigests(), MatchSettings.defaults());
        report = new Scorer(matcher).score(LabelledSet.read(SharedDigests.devSet(SharedDigests.sharedDir())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void matchedLinesAreAnsweredRightAndRarelyWrong() {
        EvalReport.LevelStats matched = report.matched();
        assertAll(
                () -> assertTrue(matched.correctRate() >= MIN_ANSWERED_CORRECT, "answered-and-correct\n" + printed),
                () -> assertTrue(matched.wrongRate() <= MAX_ANSWERED_WRONG, "answered-but-wrong\n" + printed),
                () -> assertTrue(matched.top3Rate() >= MIN_TOP3_RECALL, "top-3 recall\n" + printed));
    }

    @Test
    void chitChatAndUncoveredQuestionsAreNotAnswered() {
        assertAll(
                () -> assertTrue(report.level("offtopic").falseAnswerRate() <= MAX_FALSE_ANSWERS_OFFTOPIC,
                        "false answers on offtopic lines\n" + printed),
                () -> assertTrue(report.level("uncovered").falseAnswerRate() <= MAX_FALSE_ANSWERS_UNCOVERED,
                        "false answers on uncovered lines\n" + printed));
    }
}
