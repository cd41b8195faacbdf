package dev.digestbot.match;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Gives an entry that names no specific project the project of the entries nearest to it, when
 * most of them (by BM25 score) agree. Digest questions often leave out the project the chat was
 * about ("is onApply thread-safe?"); their terms still tell it, and a message that names the
 * project should count it as agreeing.
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
        return IntStream.range(0, projects.length).parallel()
                .mapToObj(d -> projects[d] != null ? projects[d] : majority(d, projects, docs.get(d), index))
                .toArray(String[]::new);
    }

    private static String majority(int self, String[] projects, InvertedIndex.Fields doc, InvertedIndex index) {
        int[] terms = IntStream.concat(IntStream.of(doc.question()), IntStream.of(doc.answer()))
                .distinct().boxed()
                .sorted(Comparator.comparingDouble((Integer t) -> index.idf(t)).reversed())
                .limit(QUERY_TERMS).mapToInt(Integer::intValue).toArray();
        double[] weights = IntStream.of(terms).mapToDouble(index::kindWeight).toArray();
        int[] docs = new int[NEIGHBOURS + 1];
        double[] scores = new double[NEIGHBOURS + 1];
        int found = index.search(terms, weights, terms.length, NEIGHBOURS + 1, docs, scores);
        Map<String, Double> votes = new HashMap<>();
        double total = 0;
        for (int i = 0; i < found; i++) {
            if (docs[i] != self) {
                total += scores[i];
                if (projects[docs[i]] != null) {
                    votes.merge(projects[docs[i]], scores[i], Double::sum);
                }
            }
        }
        for (Map.Entry<String, Double> vote : votes.entrySet()) {
            if (vote.getValue() >= MAJORITY * total) {
                return vote.getKey();
            }
        }
        return null;
    }
}
