package dev.digestbot.match;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        Set<String> question = new LinkedHashSet<>();
        for (int v = 0; v < n; v++) {
            Set<String> distinct = new LinkedHashSet<>(variantTerms.get(v));
            question.addAll(distinct);
            variants[v] = ids(distinct, index);
            for (String term : distinct) {
                weights[v] += index.idf(index.termId(term)) * (Tokenizer.isUnigram(term) ? Query.UNIGRAM_WEIGHT : 1.0);
            }
            compacts[v] = compact(variantTexts.get(v));
        }
        Set<String> all = new LinkedHashSet<>(question);
        all.addAll(answerTerms);
        return new EntryProfile(ids(question, index), ids(all, index), variants, weights, compacts,
                projectToken);
    }

    private static int[] ids(Set<String> terms, InvertedIndex index) {
        return terms.stream().mapToInt(index::termId).filter(id -> id >= 0).sorted().toArray();
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
