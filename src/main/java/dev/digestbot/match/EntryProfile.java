package dev.digestbot.match;

import java.util.Arrays;
import java.util.Set;

/**
 * What the ranker needs of one entry, computed once at build time: the sorted distinct term ids
 * of its question field and of all its text, each question variant (question, alternates,
 * follow-up questions) as sorted term ids with its total weight, a compact string and a
 * {@link #signature}, the kinds of question its question and alternates ask ({@link Intent}), the
 * things of a kind its text names ({@link Rivals}), and its project's canonical token.
 */
record EntryProfile(int[] questionTerms, int[] allTerms, int[][] variants, double[] variantWeights,
        String[] variantCompacts, long[][] variantSignatures, int intents, Set<String> named,
        String projectToken) {

    /** Compact strings longer than this are cut: the start of a question says what it is about. */
    static final int COMPACT_CHARS = 64;

    /**
     * @param variantIds the term ids of each question variant, with repeats
     * @param variantCompacts the {@link #compact} string of each question variant
     * @param intents the kinds of question of the question and alternates, as {@link Intent#of} gives them
     * @param named the things of a kind the entry's text names, as {@link Rivals#named} gives them
     * @param answerIds the term ids of the answers, with repeats
     */
    static EntryProfile of(int[][] variantIds, String[] variantCompacts, int intents, Set<String> named,
            int[] answerIds, String projectToken, InvertedIndex index) {
        int n = variantIds.length;
        int[][] variants = new int[n][];
        double[] weights = new double[n];
        long[][] signatures = new long[n][];
        for (int v = 0; v < n; v++) {
            variants[v] = sortedDistinct(variantIds[v].clone());
            signatures[v] = signature(variants[v]);
            for (int id : variants[v]) {
                weights[v] += index.idf(id) * index.kindWeight(id);
            }
        }
        int[] question = variants[0];
        for (int v = 1; v < n; v++) {
            question = union(question, variants[v]);
        }
        int[] all = union(question, sortedDistinct(answerIds.clone()));
        return new EntryProfile(question, all, variants, weights, variantCompacts, signatures, intents,
                Set.copyOf(named), projectToken);
    }

    /**
     * A 128-bit mask of the ids (bit {@code id mod 128}), for ruling out overlap cheaply: an id
     * whose bit one mask has and the other lacks is in the first array only.
     */
    static long[] signature(int[] ids) {
        long[] mask = new long[2];
        for (int id : ids) {
            mask[(id >>> 6) & 1] |= 1L << id;
        }
        return mask;
    }

    /** Sorts the array in place and returns its distinct values (the same array when all are). */
    private static int[] sortedDistinct(int[] ids) {
        Arrays.sort(ids);
        int kept = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                ids[kept++] = ids[i];
            }
        }
        return kept == ids.length ? ids : Arrays.copyOf(ids, kept);
    }

    /** The distinct values of two sorted distinct arrays, sorted; {@code a} itself when {@code b} adds nothing. */
    private static int[] union(int[] a, int[] b) {
        int[] union = new int[a.length + b.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                union[n++] = a[i++];
            } else if (i == a.length || b[j] < a[i]) {
                union[n++] = b[j++];
            } else {
                union[n++] = a[i++];
                j++;
            }
        }
        return n == a.length ? a : Arrays.copyOf(union, n);
    }

    static boolean contains(int[] sorted, int id) {
        return id >= 0 && Arrays.binarySearch(sorted, id) >= 0;
    }

    /** Normalized text without spaces, folded, cut to {@link #COMPACT_CHARS}. */
    static String compact(String normalized) {
        String c = normalized.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return c.length() > COMPACT_CHARS ? c.substring(0, COMPACT_CHARS) : c;
    }
}
