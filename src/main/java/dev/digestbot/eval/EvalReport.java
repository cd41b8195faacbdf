package dev.digestbot.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one eval run, per level and overall, and the lines the matcher got wrong.
 *
 * @param levels figures per level, in report order
 * @param misses each matched line not answered right, and each null line answered, explained
 */
public record EvalReport(Map<String, LevelStats> levels, List<String> misses) {

    /**
     * Counts for one level. For matched levels: lines answered with a right entry, answered with a
     * wrong one, and with a right entry among the top-3 candidates. For null levels: lines answered
     * at all ({@code falseAnswers}).
     */
    public record LevelStats(int lines, int correct, int wrong, int top3, int falseAnswers) {

        public LevelStats plus(LevelStats o) {
            return new LevelStats(lines + o.lines, correct + o.correct, wrong + o.wrong,
                    top3 + o.top3, falseAnswers + o.falseAnswers);
        }

        public double correctRate() {
            return rate(correct);
        }

        public double wrongRate() {
            return rate(wrong);
        }

        public double top3Rate() {
            return rate(top3);
        }

        public double falseAnswerRate() {
            return rate(falseAnswers);
        }

        private double rate(int count) {
            return lines == 0 ? 0 : (double) count / lines;
        }
    }

    public EvalReport {
        levels = Map.copyOf(levels);
        misses = List.copyOf(misses);
        Objects.requireNonNull(levels, "levels");
    }

    /** All matched levels together. */
    public LevelStats matched() {
        return LabelledLine.MATCHED_LEVELS.stream()
                .map(l -> levels.getOrDefault(l, new LevelStats(0, 0, 0, 0, 0)))
                .reduce(new LevelStats(0, 0, 0, 0, 0), LevelStats::plus);
    }

    public LevelStats level(String level) {
        return levels.getOrDefault(level, new LevelStats(0, 0, 0, 0, 0));
    }

    public void print(PrintStream out) {
        out.println("misses:");
        misses.forEach(m -> out.println("  " + m));
        out.println();
        printFigures(out);
    }

    /** The table of figures per level, without the misses. */
    public void printFigures(PrintStream out) {
        out.println("level       lines  answered-correct  answered-wrong  top-3 recall  false answers");
        for (String level : List.of("light", "medium", "hard")) {
            printMatched(out, level, level(level));
        }
        printMatched(out, "matched", matched());
        for (String level : List.of("offtopic", "uncovered")) {
            LevelStats s = level(level);
            out.printf(Locale.ROOT, "%-10s %6d  %16s  %14s  %12s  %13s%n", level, s.lines(), "-", "-", "-",
                    percent(s.falseAnswerRate()));
        }
    }

    private static void printMatched(PrintStream out, String name, LevelStats s) {
        out.printf(Locale.ROOT, "%-10s %6d  %16s  %14s  %12s  %13s%n", name, s.lines(),
                percent(s.correctRate()), percent(s.wrongRate()), percent(s.top3Rate()), "-");
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }
}
