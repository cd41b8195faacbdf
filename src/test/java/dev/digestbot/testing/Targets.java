package dev.digestbot.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.eval.EvalReport;
import dev.digestbot.eval.LabelledLine;
import dev.digestbot.eval.Scorer;
import dev.digestbot.match.Matcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The matching issue's targets, checked on a labelled set the model was not fitted on. */
public final class Targets {

    static final double MIN_ANSWERED_CORRECT = 0.90;
    static final double MIN_HARD_ANSWERED_CORRECT = 0.75;
    static final double MAX_ANSWERED_WRONG = 0.02;
    static final double MIN_TOP3_RECALL = 0.97;
    static final double MAX_FALSE_ANSWERS_OFFTOPIC = 0.03;
    static final double MAX_FALSE_ANSWERS_UNCOVERED = 0.05;

    /** A report and its printout, which failures show. */
    public record Scored(EvalReport report, String printed) {
    }

    private Targets() {
    }

    public static Scored score(Matcher matcher, List<LabelledLine> lines) {
        EvalReport report = new Scorer(matcher).score(lines);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Scored(report, out.toString(StandardCharsets.UTF_8));
    }

    public static void assertMatched(Scored s) {
        EvalReport.LevelStats matched = s.report().matched();
        assertAll(
                () -> assertTrue(matched.correctRate() >= MIN_ANSWERED_CORRECT, "answered-and-correct\n" + s.printed()),
                () -> assertTrue(s.report().level("hard").correctRate() >= MIN_HARD_ANSWERED_CORRECT,
                        "hard lines answered-and-correct\n" + s.printed()),
                () -> assertTrue(matched.wrongRate() <= MAX_ANSWERED_WRONG, "answered-but-wrong\n" + s.printed()),
                () -> assertTrue(matched.top3Rate() >= MIN_TOP3_RECALL, "top-3 recall\n" + s.printed()));
    }

    public static void assertSilent(Scored s) {
        assertSilent(s, MAX_FALSE_ANSWERS_UNCOVERED);
    }

    /** The targets, with a ceiling of false answers on uncovered questions other than the issue's. */
    public static void assertSilent(Scored s, double maxFalseAnswersUncovered) {
        assertAll(
                () -> assertTrue(s.report().level("offtopic").falseAnswerRate() <= MAX_FALSE_ANSWERS_OFFTOPIC,
                        "false answers on offtopic lines\n" + s.printed()),
                () -> assertTrue(s.report().level("uncovered").falseAnswerRate() <= maxFalseAnswersUncovered,
                        "false answers on uncovered lines\n" + s.printed()));
    }
}
