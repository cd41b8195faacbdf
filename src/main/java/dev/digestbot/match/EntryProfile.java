package dev.digestbot.match;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the re-ranker needs of one entry, computed once at build time: the sorted distinct term ids
 * of its question field and of all its text, each question variant (question, alternates,
 * follow-up questions) as sorted term ids with its total weight and a compact string, and its
 * project's canonical token.
 */
record EntryProfile(int[] questionTerms, int[] allTerms, int[][] variants, double[] variantWeights,
        String[] variantCompacts, String projectToken) {

    /** Compact strings longer than this are cut: the start of a question says what it is about. */
    static final int COMPACT_CHARS = 64;

    /**
     * @param variantTerms the terms of each question variant
     * @param variantTexts the normalized text of each question variant
     */
    static EntryProfile of(List<List<String>> variantTerms, List<String> variantTexts, List<String> answerTerms,
            String projectToken, InvertedIndex index) {
        int n = variantTerms.size();
        int[][] variants = new int[n][];
        double[] weights = new double[n];
        String[] compacts = new String[n];
        int questionSize = 0;
        for (int v = 0; v < n; v++) {
            variants[v] = ids(variantTerms.get(v), index);
            questionSize += variants[v].length;
            for (int id : variants[v]) {
                weights[v] += index.idf(id) * index.kindWeight(id);
            }
            compacts[v] = compact(variantTexts.get(v));
        }
        int[] question = new int[questionSize];
        int at = 0;
        for (int[] variant : variants) {
            System.arraycopy(variant, 0, question, at, variant.length);
            at += variant.length;
        }
        question = Arrays.stream(question).sorted().distinct().toArray();
        int[] answer = ids(answerTerms, index);
        int[] all = IntStream.concat(Arrays.stream(question), Arrays.stream(answer)).sorted().distinct().toArray();
        return new EntryProfile(question, all, variants, weights, compacts, projectToken);
    }

    private static int[] ids(List<String> terms, InvertedIndex index) {
        int[] ids = new int[terms.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = index.termId(terms.get(i));
        }
        return Arrays.stream(ids).filter(id -> id >= 0).sorted().distinct().toArray();
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
