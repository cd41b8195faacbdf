package dev.digestbot.match;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which entries are one answer: entries linked by {@code sameAs} (the same question published in
 * two digests), entries with the same answer text, and entries whose questions (or follow-up
 * questions) ask the same question though nobody linked them — one of each sharing at least
 * {@link #DUPLICATE_OVERLAP} of their distinct terms (Jaccard), as when a digest repeats a
 * question with small edits, or one variant of at least {@link #CONTAINED_MIN_TERMS} terms having
 * {@link #CONTAINED_SHARE} of them in the other, as when a digest glued the next question onto a
 * repeated one. Near-duplicates never compete for a message; of a group, the entry edited last
 * answers, so an operator's fix to one twin shows. Immutable and thread-safe.
 */
final class NearDuplicates {

    static final double DUPLICATE_OVERLAP = 0.7;
    static final double CONTAINED_SHARE = 0.9;
    static final int CONTAINED_MIN_TERMS = 10;

    private final List<Entry> entries;
    private final EntryProfile[] profiles;
    /** Per document, the first document of its {@code sameAs} group. */
    private final int[] group;
    /** Per document, the document its group answers with. */
    private final int[] answering;
    /** Per document, a hash of its answer's characters other than white space. */
    private final long[] answers;

    private NearDuplicates(List<Entry> entries, EntryProfile[] profiles, int[] group, int[] answering) {
        this.entries = entries;
        this.profiles = profiles;
        this.group = group;
        this.answering = answering;
        this.answers = new long[entries.size()];
        for (int d = 0; d < answers.length; d++) {
            answers[d] = hashWithoutSpaces(entries.get(d).answer());
        }
    }

    /** @param entries the index's entries, document numbers being positions in this list */
    static NearDuplicates of(FaqSnapshot snapshot, List<Entry> entries, EntryProfile[] profiles) {
        Map<String, Integer> docs = new HashMap<>();
        for (int d = 0; d < entries.size(); d++) {
            docs.put(entries.get(d).id(), d);
        }
        int[] group = new int[entries.size()];
        int[] answering = new int[entries.size()];
        for (int d = 0; d < entries.size(); d++) {
            group[d] = d;
            answering[d] = d;
            for (Entry twin : snapshot.twins(entries.get(d))) {
                Integer m = docs.get(twin.id());
                if (m != null) {
                    group[d] = Math.min(group[d], m);
                    if (updated(entries.get(m)).compareTo(updated(entries.get(answering[d]))) > 0
                            || (updated(entries.get(m)).equals(updated(entries.get(answering[d]))) && m < answering[d])) {
                        answering[d] = m;
                    }
                }
            }
        }
        return new NearDuplicates(entries, profiles, group, answering);
    }

    /** A 64-bit hash (FNV-1a) of the text's characters other than white space; 0 for none. */
    private static long hashWithoutSpaces(String text) {
        long hash = 0xcbf29ce484222325L;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                hash = (hash ^ c) * 0x100000001b3L;
                any = true;
            }
        }
        return any ? hash : 0;
    }

    private static String updated(Entry e) {
        return e.updated() == null ? "" : e.updated();
    }

    /** The document that answers for this one: the twin edited last (itself when it has none). */
    int answering(int doc) {
        return answering[doc];
    }

    /**
     * The document to answer with when both ask the same question: the one edited last, the first
     * given on a tie.
     */
    int later(int first, int second) {
        return updated(entries.get(second)).compareTo(updated(entries.get(first))) > 0 ? second : first;
    }

    /** Whether two documents are one answer. */
    boolean same(int a, int b) {
        if (a == b || group[a] == group[b] || (answers[a] != 0 && answers[a] == answers[b])) {
            return true;
        }
        EntryProfile x = profiles[a];
        EntryProfile y = profiles[b];
        int xAlternates = entries.get(a).alternates().size();
        int yAlternates = entries.get(b).alternates().size();
        for (int i = 0; i < x.variants().length; i++) {
            if (isAlternate(i, xAlternates)) {
                continue;
            }
            for (int j = 0; j < y.variants().length; j++) {
                if (!isAlternate(j, yAlternates) && sameQuestion(x.variants()[i], x.variantSignatures()[i],
                        y.variants()[j], y.variantSignatures()[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether variant {@code v} is an alternate (variants are the question, the alternates, then
     * the follow-up questions). Alternates are written per entry to tell it from its neighbours,
     * so two entries asking the same thing show it in their questions, not their alternates; and
     * skipping them keeps the check cheap with ten alternates an entry.
     */
    private static boolean isAlternate(int v, int alternates) {
        return v >= 1 && v <= alternates;
    }

    /**
     * Whether two variants' sorted distinct term ids ask the same question. Their signatures bound
     * how many ids they can share, which rules most pairs out without comparing the ids.
     */
    private static boolean sameQuestion(int[] x, long[] xMask, int[] y, long[] yMask) {
        int onlyX = Long.bitCount(xMask[0] & ~yMask[0]) + Long.bitCount(xMask[1] & ~yMask[1]);
        int onlyY = Long.bitCount(yMask[0] & ~xMask[0]) + Long.bitCount(yMask[1] & ~xMask[1]);
        int mostCommon = Math.min(x.length - onlyX, y.length - onlyY);
        if (!duplicates(mostCommon, x.length, y.length)) {
            return false;
        }
        int common = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return duplicates(common, x.length, y.length);
    }

    /** Whether variants of {@code xSize} and {@code ySize} distinct terms, {@code common} shared, ask the same question. */
    private static boolean duplicates(int common, int xSize, int ySize) {
        int union = xSize + ySize - common;
        int shorter = Math.min(xSize, ySize);
        return union > 0 && (common >= DUPLICATE_OVERLAP * union
                || (shorter >= CONTAINED_MIN_TERMS && common >= CONTAINED_SHARE * shorter));
    }
}
