package dev.digestbot.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Gives an entry that names no specific project the project of the entries nearest to it, when
 * most of those neighbours that have a project (by BM25 score) agree. Digest questions often
 * leave out the project the chat was about ("is onApply thread-safe?"); their terms still tell it,
 * and a message that names the project should count it as agreeing.
 */
final class ProjectInference {

    private static final int NEIGHBOURS = 10;
    private static final double MAJORITY = 2.0 / 3;
    /**
     * The entry's rarest terms that make up the neighbour query: they are what tells its topic,
     * and their short posting lists keep the search cheap for entries with long answers.
     */
    private static final int QUERY_TERMS = 16;

    private ProjectInference() {
    }

    /**
     * @param projects each entry's specific project token, null for none
     * @return the tokens with each null replaced by the neighbours' majority project, where there is one
     */
    static String[] infer(String[] projects, List<InvertedIndex.Fields> docs, InvertedIndex index) {
        return BuildRange.of(projects.length, projects.length)
                .mapToObj(d -> projects[d] != null ? projects[d] : majority(d, projects, docs.get(d), index))
                .toArray(String[]::new);
    }

    private static String majority(int self, String[] projects, InvertedIndex.Fields doc, InvertedIndex index) {
        int[] terms = rarestTerms(doc, index);
        double[] weights = IntStream.of(terms).mapToDouble(index::kindWeight).toArray();
        int[] docs = new int[NEIGHBOURS + 1];
        double[] scores = new double[NEIGHBOURS + 1];
        int found = index.search(terms, weights, terms.length, NEIGHBOURS + 1, docs, scores);
        Map<String, Double> votes = new HashMap<>();
        double total = 0;
        for (int i = 0; i < found; i++) {
            if (docs[i] != self && projects[docs[i]] != null) {
                total += scores[i];
                votes.merge(projects[docs[i]], scores[i], Double::sum);
            }
        }
        for (Map.Entry<String, Double> vote : votes.entrySet()) {
            if (vote.getValue() >= MAJORITY * total) {
                return vote.getKey();
            }
        }
        return null;
    }

    /**
     * The document's {@link #QUERY_TERMS} distinct terms of highest idf, rarest first; of equally
     * rare terms the first in the text comes first. A term seen again is either among them
     * already or, being no rarer than it was, left out again.
     */
    private static int[] rarestTerms(InvertedIndex.Fields doc, InvertedIndex index) {
        int[] rarest = new int[QUERY_TERMS];
        int count = 0;
        for (int[] field : new int[][] {doc.question(), doc.answer()}) {
            for (int id : field) {
                if (contains(rarest, count, id)) {
                    continue;
                }
                double idf = index.idf(id);
                int at = count;
                while (at > 0 && index.idf(rarest[at - 1]) < idf) {
                    at--;
                }
                if (at < QUERY_TERMS) {
                    System.arraycopy(rarest, at, rarest, at + 1, Math.min(count, QUERY_TERMS - 1) - at);
                    rarest[at] = id;
                    count = Math.min(count + 1, QUERY_TERMS);
                }
            }
        }
        return Arrays.copyOf(rarest, count);
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
