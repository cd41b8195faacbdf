package dev.digestbot.eval;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.Followup;
import dev.digestbot.match.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

/**
 * Maps the expected Q&A item of a labelled line to the entries that count as right.
 *
 * <p>Rule: among the entries whose {@code source.digest} is the expected digest, the one whose
 * question or follow-up question is closest to the expected question wins; both sides are cleaned
 * the way the matcher cleans text (markup such as {@code <br />} and links removed, NFKC, case
 * folded, spaces and punctuation dropped) and compared by longest common subsequence over the
 * longer length. Near-duplicates count as the same answer: any entry whose cleaned main question
 * equals the winner's is right too, so the same question imported from two digests never turns a
 * right answer into a wrong one.
 */
final class ExpectedEntries {

    private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();

    private final Normalizer normalizer = new Normalizer();
    private final Map<String, List<Entry>> byDigest = new HashMap<>();
    private final Map<String, Set<String>> idsByQuestion = new HashMap<>();

    ExpectedEntries(FaqSnapshot snapshot) {
        for (Entry e : snapshot.entries()) {
            if (e.source() != null) {
                byDigest.computeIfAbsent(e.source().digest(), k -> new java.util.ArrayList<>()).add(e);
            }
            idsByQuestion.computeIfAbsent(clean(e.question()), k -> new HashSet<>()).add(e.id());
        }
    }

    /** The entry the expected item resolves to, or null when its digest has no entries. */
    Entry resolve(LabelledLine.Expected expected) {
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

    /** Ids of the entry and of its near-duplicates. */
    Set<String> accepted(Entry entry) {
        return idsByQuestion.getOrDefault(clean(entry.question()), Set.of(entry.id()));
    }

    private String clean(String text) {
        return normalizer.normalize(text).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return (double) LCS.apply(a, b) / Math.max(a.length(), b.length());
    }
}
