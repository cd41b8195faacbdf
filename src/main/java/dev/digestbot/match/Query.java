package dev.digestbot.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tokenized message ready for search and re-ranking.
 *
 * <p>For BM25: its distinct terms with their index ids (-1 when no entry has the term) and kind
 * weights (CJK unigrams count {@link #UNIGRAM_WEIGHT} of a word). For coverage: its units (words
 * and CJK characters, see {@link Tokenizer.Unit}), each weighted by how rare it is: a word by its
 * idf, a character by the idf of the rarer-in-use of its known bigrams (the lower idf, so a
 * bigram formed across a word boundary never makes a character weigh more than its word), or,
 * when it forms no known bigram, half the idf of the character itself; details of the writer's
 * own case (numbers, addresses, placeholders) weigh a share of their idf.
 */
final class Query {

    /** CJK unigrams only back up bigrams: they weigh this much of a word. */
    static final double UNIGRAM_WEIGHT = 0.3;
    private static final double UNKNOWN_CHARACTER_SHARE = 0.5;
    /**
     * A detail of the writer's own case ({@link Tokenizer#isDetail}: a port, an id, an address, a
     * placeholder such as {@code xxx}) weighs this much of its idf: it is rare in the index because
     * it is the writer's, not because it tells what is asked.
     */
    static final double DETAIL_SHARE = 0.25;

    final int[] ids;
    final double[] kindWeights;
    /** The distinct term ids the index knows, ascending, and each one's weight (kind × idf). */
    final int[] known;
    final double[] knownWeights;
    /**
     * Per unit: positions in {@link #known} of its word, of its left and right bigrams and of its
     * character (-1 for none or unknown).
     */
    final int[] unitWord;
    final int[] unitLeft;
    final int[] unitRight;
    final int[] unitChar;
    final double[] unitWeights;
    /** Per unit: the canonical token of the project it names, or null for a content unit. */
    final String[] unitProject;
    final double totalWeight;
    final double totalSquaredWeight;
    /** Weight of the units that name no project: what the message asks about the project. */
    final double contentWeight;
    /** Weight of the units no entry has at all: words, or characters in no known bigram or alone. */
    final double unknownWeight;
    final String compact;
    private final CommonSubsequence compactSubsequence;
    /** The message's normalized text. */
    final String normalized;
    /** Canonical tokens of the specific (non-umbrella) projects the message names, and their ids. */
    final List<String> projectTokens;
    final int[] projectIds;
    /** The kinds of question the message asks ({@link Intent#of}). */
    final int intents;
    /** Whether the message reads as a question ({@link Questions#looksLikeQuestion}). */
    final boolean question;
    /** The things of a kind the message names ({@link Rivals#named}). */
    final Set<String> named;

    private Query(int[] ids, double[] kindWeights, int[] known, double[] knownWeights, int[][] unitIds,
            double[] unitWeights, String[] unitProject, double unknownWeight, String normalized, List<String> projectTokens,
            int[] projectIds, int intents, Set<String> named, boolean question) {
        this.ids = ids;
        this.kindWeights = kindWeights;
        this.known = known;
        this.knownWeights = knownWeights;
        this.unitWord = unitIds[0];
        this.unitLeft = unitIds[1];
        this.unitRight = unitIds[2];
        this.unitChar = unitIds[3];
        this.unitWeights = unitWeights;
        this.unitProject = unitProject;
        this.totalWeight = Arrays.stream(unitWeights).sum();
        this.totalSquaredWeight = Arrays.stream(unitWeights).map(w -> w * w).sum();
        double content = 0;
        for (int u = 0; u < unitWeights.length; u++) {
            content += unitProject[u] == null ? unitWeights[u] : 0;
        }
        this.contentWeight = content;
        this.unknownWeight = unknownWeight;
        this.normalized = normalized;
        this.compact = EntryProfile.compact(normalized);
        this.compactSubsequence = new CommonSubsequence(compact);
        this.projectTokens = projectTokens;
        this.projectIds = projectIds;
        this.intents = intents;
        this.question = question;
        this.named = named;
    }

    static Query of(Tokenizer.Analysis analysis, String normalized, int intents, Set<String> named, boolean question,
            InvertedIndex index, ProjectAliases aliases) {
        Map<String, Double> kinds = new LinkedHashMap<>();
        List<String> projects = new ArrayList<>(2);
        for (String term : analysis.terms()) {
            kinds.put(term, Tokenizer.isUnigram(term) ? UNIGRAM_WEIGHT : 1.0);
            if (aliases.projectOf(term) != null && !aliases.isUmbrella(term) && !projects.contains(term)) {
                projects.add(term);
            }
        }
        int[] ids = new int[kinds.size()];
        double[] kindWeights = new double[kinds.size()];
        int i = 0;
        for (Map.Entry<String, Double> k : kinds.entrySet()) {
            ids[i] = index.termId(k.getKey());
            kindWeights[i++] = k.getValue();
        }
        int[] known = Arrays.stream(ids).filter(id -> id >= 0).sorted().distinct().toArray();
        double[] knownWeights = new double[known.length];
        for (int k = 0; k < known.length; k++) {
            knownWeights[k] = index.kindWeight(known[k]) * index.idf(known[k]);
        }
        List<Tokenizer.Unit> units = analysis.units();
        int[][] unitIds = new int[4][units.size()];
        double[] weights = new double[units.size()];
        String[] unitProject = new String[units.size()];
        double unknown = 0;
        for (int u = 0; u < units.size(); u++) {
            Tokenizer.Unit unit = units.get(u);
            boolean word = !Tokenizer.isUnigram(unit.word());
            int wordId = index.termId(unit.word());
            int left = unit.left() == null ? -1 : index.termId(unit.left());
            int right = unit.right() == null ? -1 : index.termId(unit.right());
            unitIds[0][u] = word ? position(known, wordId) : -1;
            unitIds[1][u] = position(known, left);
            unitIds[2][u] = position(known, right);
            unitIds[3][u] = word ? -1 : position(known, wordId);
            unitProject[u] = word && aliases.projectOf(unit.word()) != null ? unit.word() : null;
            if (word) {
                weights[u] = index.idf(wordId) * (Tokenizer.isDetail(unit.word()) ? DETAIL_SHARE : 1);
                unknown += wordId < 0 ? weights[u] : 0;
            } else if (left >= 0 || right >= 0) {
                weights[u] = Math.min(left >= 0 ? index.idf(left) : Double.MAX_VALUE,
                        right >= 0 ? index.idf(right) : Double.MAX_VALUE);
            } else {
                weights[u] = UNKNOWN_CHARACTER_SHARE * index.idf(wordId);
                unknown += weights[u];
            }
        }
        return new Query(ids, kindWeights, known, knownWeights, unitIds, weights, unitProject, unknown, normalized,
                List.copyOf(projects),
                projects.stream().mapToInt(index::termId).toArray(), intents, named, question);
    }

    private static int position(int[] sorted, int id) {
        return id < 0 ? -1 : Math.max(-1, Arrays.binarySearch(sorted, id));
    }

    /** Which of the {@link #known} terms the sorted distinct term ids contain, by one merge. */
    boolean[] has(int[] sortedTerms) {
        return has(sortedTerms, new boolean[known.length]);
    }

    /** {@link #has(int[])} into {@code has}, a reused array of {@link #known}'s length. */
    boolean[] has(int[] sortedTerms, boolean[] has) {
        Arrays.fill(has, false);
        for (int i = 0, j = 0; i < known.length && j < sortedTerms.length; ) {
            if (known[i] == sortedTerms[j]) {
                has[i++] = true;
                j++;
            } else if (known[i] < sortedTerms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return has;
    }

    /** The compact form, ready to be compared in order with an entry's ({@link CommonSubsequence}). */
    CommonSubsequence compact() {
        return compactSubsequence;
    }

    int size() {
        return ids.length;
    }

    int units() {
        return unitWeights.length;
    }
}
