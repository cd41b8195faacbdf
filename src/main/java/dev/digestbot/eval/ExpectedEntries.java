package dev.digestbot.eval;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.Followup;
import dev.digestbot.match.Matcher;
import java.util.ArrayList;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

/**
 * Maps the expected Q&A item of a labelled line to the entries that count as right.
 *
 * <p>Rule: among the entries whose {@code source.digest} is the expected digest, the one whose
 * question or follow-up question is closest to the expected question wins; both sides are cleaned
 * alike (NFKC, {@code <br />} removed, markdown links reduced to their text and target, case
 * folded, spaces and punctuation dropped) and compared by longest common subsequence over the
 * longer length. Near-duplicates count as the same answer: any entry the matcher itself treats as
 * a near-duplicate of the winner ({@link Matcher#nearDuplicates}) is right too, so the same
 * question imported from two digests never turns a right answer into a wrong one.
 */
public final class ExpectedEntries {

    private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, List<Entry>> byDigest = new HashMap<>();
    private final Matcher matcher;

    public ExpectedEntries(Matcher matcher) {
        this.matcher = matcher;
        for (Entry e : matcher.snapshot().entries()) {
            if (e.source() != null) {
                byDigest.computeIfAbsent(e.source().digest(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * The entry the expectation resolves to: the entry of that id, or the closest entry of the
     * item's digest; null when there is none.
     */
    public Entry resolve(LabelledLine.Expected expected) {
        if (expected.id() != null) {
            return matcher.snapshot().entry(expected.id()).orElse(null);
        }
        String want = clean(expected.question());
        Entry best = null;
        double bestScore = -1;
        for (Entry e : byDigest.getOrDefault(expected.digest(), List.of())) {
            double score = similarity(want, clean(e.question()));
            for (Followup f : e.followups()) {
                score = Math.max(score, similarity(want, clean(f.question())));
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** True when {@code got} is the expected entry, its twin, or a near-duplicate of it. */
    public boolean accepts(Entry expected, Entry got) {
        return matcher.nearDuplicates(expected, got);
    }

    /**
     * Markup-free, folded text without spaces. Link targets stay (unlike in the matcher): a
     * question may be nothing but a link.
     */
    private static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = BREAK.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1$2");
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return (double) LCS.apply(a, b) / Math.max(a.length(), b.length());
    }
}
