package dev.digestbot.match;

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
    /** The smallest corpus the idf assumes; the confidence model was fitted on one of 459 entries. */
    static final int PRIOR_DOCS = 400;
    /** Documents per parallel task of the build. */
    private static final int CHUNK_DOCS = 4096;

    /** The term ids of one document, per field, with repeats, in text order. */
    record Fields(int[] question, int[] answer) {
    }

    private final Map<String, Integer> termIds;
    private final double[] idf;
    private final double[] kindWeights;
    /** The postings of term t are at [postingStart[t], postingStart[t + 1]) of the two arrays below. */
    private final int[] postingStart;
    private final int[] postingDocs;
    private final float[] postingScores;
    private final double maxIdf;
    private final ThreadLocal<Scratch> scratch;

    private InvertedIndex(Map<String, Integer> termIds, double[] idf, double[] kindWeights, int[] postingStart,
            int[] postingDocs, float[] postingScores, int docCount) {
        this.termIds = termIds;
        this.idf = idf;
        this.kindWeights = kindWeights;
        this.postingStart = postingStart;
        this.postingDocs = postingDocs;
        this.postingScores = postingScores;
        this.maxIdf = idf(0, docCount);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(docCount));
    }

    /**
     * @param terms each term, by id
     * @param docs each document's term ids, which index {@code terms}
     */
    static InvertedIndex build(List<String> terms, List<Fields> docs) {
        int n = docs.size();
        double avgQ = Math.max(1, docs.stream().mapToInt(d -> d.question().length).average().orElse(1));
        double avgA = Math.max(1, docs.stream().mapToInt(d -> d.answer().length).average().orElse(1));
        int count = terms.size();
        DocTerms[] docTerms = new DocTerms[n];
        BuildRange.of(chunks(n), n).forEach(chunk -> {
            int[] tfQ = new int[count];
            int[] tfA = new int[count];
            for (int d = chunk * CHUNK_DOCS; d < Math.min(n, (chunk + 1) * CHUNK_DOCS); d++) {
                docTerms[d] = DocTerms.of(docs.get(d), avgQ, avgA, tfQ, tfA);
            }
        });
        int[] df = new int[count];
        for (DocTerms doc : docTerms) {
            for (int id : doc.ids) {
                df[id]++;
            }
        }
        int[] postingStart = new int[count + 1];
        for (int t = 0; t < count; t++) {
            postingStart[t + 1] = postingStart[t] + df[t];
        }
        int[] postingDocs = new int[postingStart[count]];
        float[] postingScores = new float[postingStart[count]];
        int[] next = Arrays.copyOf(postingStart, count);
        for (int d = 0; d < n; d++) {
            DocTerms doc = docTerms[d];
            for (int i = 0; i < doc.ids.length; i++) {
                int p = next[doc.ids[i]]++;
                postingDocs[p] = d;
                postingScores[p] = doc.scores[i];
            }
        }
        Map<String, Integer> termIds = new HashMap<>();
        double[] idf = new double[count];
        double[] kindWeights = new double[count];
        for (int t = 0; t < count; t++) {
            termIds.put(terms.get(t), t);
            idf[t] = idf(df[t], n);
            kindWeights[t] = Tokenizer.isUnigram(terms.get(t)) ? Query.UNIGRAM_WEIGHT : 1.0;
        }
        return new InvertedIndex(termIds, idf, kindWeights, postingStart, postingDocs, postingScores, n);
    }

    private static int chunks(int docs) {
        return (docs + CHUNK_DOCS - 1) / CHUNK_DOCS;
    }

    /** One document's distinct term ids and the length-normalized term-frequency part of each. */
    private record DocTerms(int[] ids, float[] scores) {

        /** {@code tfQ} and {@code tfA} are all zero, per term id, and are left so. */
        static DocTerms of(Fields doc, double avgQ, double avgA, int[] tfQ, int[] tfA) {
            int[] ids = new int[doc.question().length + doc.answer().length];
            int distinct = 0;
            for (int id : doc.question()) {
                if (tfQ[id]++ == 0) {
                    ids[distinct++] = id;
                }
            }
            for (int id : doc.answer()) {
                if (tfQ[id] == 0 && tfA[id] == 0) {
                    ids[distinct++] = id;
                }
                tfA[id]++;
            }
            ids = Arrays.copyOf(ids, distinct);
            float[] scores = new float[distinct];
            double normQ = K1 * (1 - B + B * doc.question().length / avgQ);
            double normA = K1 * (1 - B + B * doc.answer().length / avgA);
            for (int i = 0; i < distinct; i++) {
                int id = ids[i];
                scores[i] = (float) (QUESTION_WEIGHT * tfQ[id] * (K1 + 1) / (tfQ[id] + normQ)
                        + ANSWER_WEIGHT * tfA[id] * (K1 + 1) / (tfA[id] + normA));
                tfQ[id] = 0;
                tfA[id] = 0;
            }
            return new DocTerms(ids, scores);
        }
    }

    /**
     * BM25 idf over at least {@link #PRIOR_DOCS} documents. A small FAQ is read as a sample of a
     * larger corpus in which the other documents lack the term: a word two of four entries share
     * is not thereby common, and a word no entry has stays far rarer than any the FAQ knows.
     */
    private static double idf(int df, int n) {
        int docs = Math.max(n, PRIOR_DOCS);
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
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
            for (int p = postingStart[term], end = postingStart[term + 1]; p < end; p++) {
                int d = postingDocs[p];
                if (s.scores[d] == 0) {
                    s.touched[touched++] = d;
                }
                s.scores[d] += w * postingScores[p];
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
}
