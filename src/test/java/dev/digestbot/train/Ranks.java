package dev.digestbot.train;

import dev.digestbot.eval.ExpectedEntries;
import dev.digestbot.eval.LabelledLine;
import dev.digestbot.faq.Entry;
import dev.digestbot.match.ConfidenceModel;
import dev.digestbot.match.Matcher;
import java.util.List;
import java.util.function.Function;

/** Shares of matched lines whose right entry a ranking puts first, in the top 3, in the top 10. */
record Ranks(double top1, double top3, double top10) {

    /** The bot's ranking: its candidates, near-duplicates grouped, best first. */
    static Ranks of(Matcher matcher, List<LabelledLine> lines) {
        return of(matcher, lines, text -> matcher.explain(text).assessed().stream()
                .map(ConfidenceModel.Assessed::candidate).map(c -> c.entry()).toList());
    }

    /**
     * @param ranking the entries a ranking gives for a text, best first
     * @param matcher tells which entry a line expects and which count as it (twins, near-duplicates)
     */
    static Ranks of(Matcher matcher, List<LabelledLine> lines, Function<String, List<Entry>> ranking) {
        ExpectedEntries expected = new ExpectedEntries(matcher);
        int matched = 0;
        int[] within = new int[3];
        for (LabelledLine line : lines) {
            if (line.expect() == null) {
                continue;
            }
            matched++;
            Entry want = expected.resolve(line.expect());
            List<Entry> ranked = ranking.apply(line.text());
            int at = -1;
            for (int i = 0; i < ranked.size() && at < 0; i++) {
                if (want != null && expected.accepts(want, ranked.get(i))) {
                    at = i;
                }
            }
            within[0] += at == 0 ? 1 : 0;
            within[1] += at >= 0 && at < 3 ? 1 : 0;
            within[2] += at >= 0 && at < 10 ? 1 : 0;
        }
        double n = Math.max(1, matched);
        return new Ranks(within[0] / n, within[1] / n, within[2] / n);
    }
}
