package dev.digestbot.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable in-memory inverted index scoring documents with BM25F over two fields: the
 * question field (question, alternates and follow-up questions) weighs {@link #QUESTION_WEIGHT},
 * the answer field {@link #ANSWER_WEIGHT}. The length-normalized term-frequency part of each
 * posting is computed at build time, so a query only adds {@code idf × weight × posting}.
 *
 * <p>Thread-safe: searches share nothing mutable except per-thread scratch arrays.
 */
final class InvertedIndex {

    static final double QUESTION_WEIGHT = 1.0;
    static final double ANSWER_WEIGHT = 0.25;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** The terms of one document, per field, with repeats. */
    record Fields(List<String> question, List<String> answer) {
    }

    private final Map<String, Integer> termIds;
    private final double[] idf;
    private final double[] kindWeights;
    private final int[][] postingDocs;
    private final float[][] postingScores;
    private final int docCount;
    private final double maxIdf;
    private final ThreadLocal<Scratch> scratch;

    private InvertedIndex(Map<String, Integer> termIds, double[] idf, double[] kindWeights, int[][] postingDocs,
            float[][] postingScores, int docCount) {
        this.termIds = termIds;
        this.idf = idf;
        this.kindWeights = kindWeights;
        this.postingDocs = postingDocs;
        this.postingScores = postingScores;
        this.docCount = docCount;
        this.maxIdf = idf(0, docCount);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(docCount));
    }

    static InvertedIndex build(List<Fields> docs) {
        int n = docs.size();
        double avgQ = Math.max(1, docs.stream().mapToInt(d -> d.question().size()).average().orElse(1));
        double avgA = Math.max(1, docs.stream().mapToInt(d -> d.answer().size()).average().orElse(1));
        Map<String, Integer> termIds = new HashMap<>();
        List<String> terms = new ArrayList<>();
        IntList[] docsByTerm = new IntList[1024];
        FloatList[] scoresByTerm = new FloatList[1024];
        int[] tfQ = new int[1024];
        int[] tfA = new int[1024];
        IntList touched = new IntList();
        for (int d = 0; d < n; d++) {
            Fields doc = docs.get(d);
            touched.clear();
            for (int field = 0; field < 2; field++) {
                for (String term : field == 0 ? doc.question() : doc.answer()) {
                    Integer known = termIds.get(term);
                    int id;
                    if (known == null) {
                        id = terms.size();
                        termIds.put(term, id);
                        terms.add(term);
                        if (id == tfQ.length) {
                            int size = id * 2;
                            tfQ = Arrays.copyOf(tfQ, size);
                            tfA = Arrays.copyOf(tfA, size);
                            docsByTerm = Arrays.copyOf(docsByTerm, size);
                            scoresByTerm = Arrays.copyOf(scoresByTerm, size);
                        }
                        docsByTerm[id] = new IntList();
                        scoresByTerm[id] = new FloatList();
                    } else {
                        id = known;
                    }
                    if (tfQ[id] == 0 && tfA[id] == 0) {
                        touched.add(id);
                    }
                    if (field == 0) {
                        tfQ[id]++;
                    } else {
                        tfA[id]++;
                    }
                }
            }
            double normQ = K1 * (1 - B + B * doc.question().size() / avgQ);
            double normA = K1 * (1 - B + B * doc.answer().size() / avgA);
            for (int i = 0; i < touched.size; i++) {
                int id = touched.values[i];
                double score = QUESTION_WEIGHT * tfQ[id] * (K1 + 1) / (tfQ[id] + normQ)
                        + ANSWER_WEIGHT * tfA[id] * (K1 + 1) / (tfA[id] + normA);
                docsByTerm[id].add(d);
                scoresByTerm[id].add((float) score);
                tfQ[id] = 0;
                tfA[id] = 0;
            }
        }
        int count = terms.size();
        double[] idf = new double[count];
        double[] kindWeights = new double[count];
        int[][] postingDocs = new int[count][];
        float[][] postingScores = new float[count][];
        for (int t = 0; t < count; t++) {
            postingDocs[t] = docsByTerm[t].toArray();
            postingScores[t] = scoresByTerm[t].toArray();
            idf[t] = idf(postingDocs[t].length, n);
            kindWeights[t] = Tokenizer.isUnigram(terms.get(t)) ? Query.UNIGRAM_WEIGHT : 1.0;
        }
        return new InvertedIndex(termIds, idf, kindWeights, postingDocs, postingScores, n);
    }

    private static double idf(int df, int n) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    int docCount() {
        return docCount;
    }

    /** The term's id, or -1 when no document has it. */
    int termId(String term) {
        Integer id = termIds.get(term);
        return id == null ? -1 : id;
    }

    /** Inverse document frequency of a term id; an unknown term (-1) is as rare as can be. */
    double idf(int termId) {
        return termId < 0 ? maxIdf : idf[termId];
    }

    /** How much a term counts next to a word: {@link Query#UNIGRAM_WEIGHT} for a CJK character, else 1. */
    double kindWeight(int termId) {
        return termId < 0 ? 1.0 : kindWeights[termId];
    }

    double maxIdf() {
        return maxIdf;
    }

    /**
     * The best {@code k} documents for the weighted query terms, best first. Fills {@code docs}
     * and {@code scores} and answers how many it filled.
     */
    int search(int[] queryTerms, double[] queryWeights, int termCount, int k, int[] docs, double[] scores) {
        Scratch s = scratch.get();
        int touched = 0;
        for (int q = 0; q < termCount; q++) {
            int term = queryTerms[q];
            if (term < 0 || queryWeights[q] == 0) {
                continue;
            }
            double w = idf[term] * queryWeights[q];
            int[] pd = postingDocs[term];
            float[] ps = postingScores[term];
            for (int p = 0; p < pd.length; p++) {
                int d = pd[p];
                if (s.scores[d] == 0) {
                    s.touched[touched++] = d;
                }
                s.scores[d] += w * ps[p];
            }
        }
        int filled = 0;
        for (int i = 0; i < touched; i++) {
            int d = s.touched[i];
            double score = s.scores[d];
            s.scores[d] = 0;
            if (filled < k) {
                filled++;
            } else if (score <= scores[filled - 1]) {
                continue;
            }
            int j = filled - 1;
            while (j > 0 && (scores[j - 1] < score || (scores[j - 1] == score && docs[j - 1] > d))) {
                scores[j] = scores[j - 1];
                docs[j] = docs[j - 1];
                j--;
            }
            scores[j] = score;
            docs[j] = d;
        }
        return filled;
    }

    /** Per-thread accumulators; all zero between searches. */
    private static final class Scratch {
        final double[] scores;
        final int[] touched;

        Scratch(int n) {
            scores = new double[n];
            touched = new int[n];
        }
    }

    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static final class FloatList {
        private float[] values = new float[4];
        private int size;

        void add(float v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
