package dev.digestbot.digest;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links a newly imported entry to the entry it repeats: digests republish a question of an earlier
 * digest, sometimes with a word or a punctuation mark changed. Two questions are the same when,
 * with case, width, spaces and punctuation set aside, at least {@link #SAME_SHARE} of their
 * character pairs are shared (Jaccard). The entry first published stays the one the others
 * point at ({@code sameAs}), so links never move once made.
 */
final class Twins {

    static final double SAME_SHARE = 0.8;
    /** Questions shorter than this many character pairs say too little to be called the same. */
    private static final int MIN_PAIRS = 4;

    private static final Comparator<Entry> FIRST_PUBLISHED = Comparator
            .comparing((Entry e) -> e.source() == null || e.source().date() == null ? "" : e.source().date())
            .thenComparing(Entry::id);

    private Twins() {
    }

    /**
     * The written entries, each new one ({@code created}) that repeats an entry published before
     * it, in the FAQ or among the written ones, given a {@code sameAs} naming that entry.
     */
    static List<Entry> link(List<Entry> writes, Set<String> created, FaqSnapshot before) {
        Map<String, Entry> all = new LinkedHashMap<>();
        before.entries().forEach(e -> all.put(e.id(), e));
        writes.forEach(e -> all.put(e.id(), e));
        List<Entry> published = new ArrayList<>(all.values());
        published.sort(FIRST_PUBLISHED);
        Map<String, Set<String>> pairs = new LinkedHashMap<>();
        Map<String, Entry> linked = new LinkedHashMap<>();
        for (int i = 0; i < published.size(); i++) {
            Entry e = published.get(i);
            if (!created.contains(e.id()) || e.sameAs() != null) {
                continue;
            }
            Set<String> mine = pairs.computeIfAbsent(e.id(), id -> pairs(e.question()));
            for (int j = 0; j < i; j++) {
                Entry earlier = published.get(j);
                if (same(mine, pairs.computeIfAbsent(earlier.id(), id -> pairs(earlier.question())))) {
                    Entry first = linked.getOrDefault(earlier.id(), earlier);
                    linked.put(e.id(), e.withSameAs(first.sameAs() != null ? first.sameAs() : first.id()));
                    break;
                }
            }
        }
        return writes.stream().map(e -> linked.getOrDefault(e.id(), e)).toList();
    }

    /** Whether two questions ask the same thing by the rule of this class. */
    static boolean sameQuestion(String a, String b) {
        return same(pairs(a), pairs(b));
    }

    private static boolean same(Set<String> a, Set<String> b) {
        if (a.size() < MIN_PAIRS || b.size() < MIN_PAIRS) {
            return false;
        }
        int common = 0;
        for (String pair : a) {
            common += b.contains(pair) ? 1 : 0;
        }
        return common >= SAME_SHARE * (a.size() + b.size() - common);
    }

    private static Set<String> pairs(String question) {
        String folded = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= kept.length(); i++) {
            pairs.add(kept.substring(i, i + 2));
        }
        return pairs;
    }
}
