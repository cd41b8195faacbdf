package dev.digestbot.eval;

import dev.digestbot.faq.Entry;
import dev.digestbot.match.Decision;
import dev.digestbot.match.Matcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Runs a matcher over labelled lines and counts what it got right and wrong, per level. */
public final class Scorer {

    private final Matcher matcher;
    private final ExpectedEntries expected;

    public Scorer(Matcher matcher) {
        this.matcher = matcher;
        this.expected = new ExpectedEntries(matcher);
    }

    public EvalReport score(List<LabelledLine> lines) {
        Map<String, EvalReport.LevelStats> levels = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (LabelledLine line : lines) {
            Decision d = matcher.match(line.text());
            EvalReport.LevelStats stats;
            if (line.expect() == null) {
                boolean answered = d.answered();
                stats = new EvalReport.LevelStats(1, 0, 0, 0, answered ? 1 : 0);
                if (answered) {
                    misses.add(describe(line, "answered, expected silence", d, e -> false));
                }
            } else {
                Entry want = expected.resolve(line.expect());
                Predicate<Entry> right = e -> want != null && expected.accepts(want, e);
                boolean correct = d.answered() && right.test(d.entry());
                boolean wrong = d.answered() && !correct;
                boolean top3 = d.candidates().stream().anyMatch(c -> right.test(c.entry()));
                stats = new EvalReport.LevelStats(1, correct ? 1 : 0, wrong ? 1 : 0, top3 ? 1 : 0, 0);
                if (!correct) {
                    String why = want == null ? "expected entry not found: " + line.expect().describe()
                            : (wrong ? "WRONG answer" : "not answered (" + d.verdict() + ")")
                                    + ", expected " + want.id() + " " + shorten(want.question());
                    misses.add(describe(line, why, d, right));
                }
            }
            levels.merge(line.level(), stats, EvalReport.LevelStats::plus);
        }
        return new EvalReport(levels, misses);
    }

    private static String describe(LabelledLine line, String why, Decision d, Predicate<Entry> right) {
        String got = d.candidates().stream()
                .map(c -> String.format(Locale.ROOT, "%s%s %.3f %s", right.test(c.entry()) ? "*" : "",
                        c.entry().id(), c.score(), shorten(c.entry().question())))
                .collect(Collectors.joining(" | "));
        return String.format(Locale.ROOT, "[%s] line %d \"%s\": %s; got %s %.3f: %s", line.level(),
                line.lineNumber(), line.text(), why, d.verdict(), d.score(), got.isEmpty() ? "nothing" : got);
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 40 ? flat : flat.substring(0, 40) + "…";
    }
}
