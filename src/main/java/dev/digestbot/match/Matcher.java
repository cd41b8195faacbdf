package dev.digestbot.match;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.Followup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Matches chat messages to the entries of one FAQ snapshot.
 *
 * <p>A message is normalized and tokenized; a message with no content word is {@code NONE}
 * without a search. Otherwise BM25F over the inverted index gives the top candidates, the
 * {@link Reranker} computes their signals and the {@link ConfidenceModel} turns them into a
 * confidence. Of near-duplicate entries (the same question imported from two digests) only the
 * best competes, so they never split the vote. The best entry is
 * answered when its confidence reaches {@code answerThreshold} and leads the runner-up by
 * {@code minMargin}; otherwise the top three are suggested when the best reaches
 * {@code suggestThreshold}.
 *
 * <p>Built once per FAQ version ({@link #build}); the index, and the cache of normalized query to
 * decision, belong to that version, so a new snapshot means a new matcher and a fresh cache.
 * Thread-safe and lock-free on the read path; {@link #match} never throws.
 */
public final class Matcher {

    private static final int TOP_K = 12;
    private static final int MAX_CANDIDATES = 3;
    private static final double DUPLICATE_OVERLAP = 0.7;
    private static final Comparator<Entry> BY_ID = Comparator.comparing(Entry::id);

    /** A candidate entry with its signals, rank score and confidence. */
    record Ranked(int doc, double[] features, double score, double confidence) {
    }

    private final FaqSnapshot snapshot;
    private final MatchSettings settings;
    private final Normalizer normalizer = new Normalizer();
    private final Tokenizer tokenizer;
    private final InvertedIndex index;
    private final Reranker reranker;
    private final ConfidenceModel model = ConfidenceModel.DEFAULT;
    private final List<Entry> entries;
    private final EntryProfile[] profiles;
    private final Cache<String, Decision> cache;

    private Matcher(FaqSnapshot snapshot, MatchSettings settings) {
        this.snapshot = snapshot;
        this.settings = settings;
        ProjectAliases aliases = ProjectAliases.of(snapshot.projects());
        this.tokenizer = new Tokenizer(aliases);
        this.entries = snapshot.entries();
        int n = entries.size();
        Analyzed[] analyzed = IntStream.range(0, n).parallel()
                .mapToObj(d -> analyze(entries.get(d)))
                .toArray(Analyzed[]::new);
        List<InvertedIndex.Fields> docs = new ArrayList<>(n);
        for (Analyzed a : analyzed) {
            docs.add(new InvertedIndex.Fields(a.questionField(), a.answerTerms()));
        }
        this.index = InvertedIndex.build(docs);
        this.reranker = new Reranker(index);
        this.profiles = IntStream.range(0, n).parallel()
                .mapToObj(d -> EntryProfile.of(analyzed[d].variantTerms(), analyzed[d].variantTexts(),
                        analyzed[d].answerTerms(), specificProject(aliases, entries.get(d).project()), index))
                .toArray(EntryProfile[]::new);
        this.cache = Caffeine.newBuilder().maximumSize(settings.cacheSize()).recordStats().build();
    }

    /** One entry's text, normalized and tokenized: each question variant, and the answers. */
    private record Analyzed(List<List<String>> variantTerms, List<String> variantTexts, List<String> questionField,
            List<String> answerTerms) {
    }

    private Analyzed analyze(Entry e) {
        List<String> texts = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        List<String> questionField = new ArrayList<>();
        for (String q : questionTexts(e)) {
            String normalized = normalizer.normalize(q);
            List<String> t = tokenizer.tokenize(normalized);
            texts.add(normalized);
            terms.add(t);
            questionField.addAll(t);
        }
        List<String> answer = new ArrayList<>();
        for (String a : answerTexts(e)) {
            answer.addAll(tokenizer.tokenizeWithoutUnigrams(normalizer.normalize(a)));
        }
        return new Analyzed(terms, texts, questionField, answer);
    }

    public static Matcher build(FaqSnapshot snapshot, MatchSettings settings) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(settings, "settings");
        return new Matcher(snapshot, settings);
    }

    public FaqSnapshot snapshot() {
        return snapshot;
    }

    /** Share of lookups this matcher answered from its cache; 1 before the first lookup. */
    public double cacheHitRatio() {
        return cache.stats().hitRate();
    }

    public Decision match(String text) {
        try {
            String normalized = normalizer.normalize(text);
            Tokenizer.Analysis analysis = tokenizer.analyze(normalized);
            if (analysis.terms().stream().allMatch(Tokenizer::isUnigram)) {
                return Decision.none(List.of());
            }
            return cache.get(String.join(" ", analysis.terms()), key -> decide(rank(normalized, analysis)));
        } catch (RuntimeException e) {
            return Decision.none(List.of());
        }
    }

    /** The best member of each near-duplicate group among the top BM25 candidates, most confident first. */
    List<Ranked> rank(String normalized, Tokenizer.Analysis analysis) {
        Query q = Query.of(analysis, EntryProfile.compact(normalized), index, tokenizer.aliases());
        // Candidates come from the words and bigrams; single characters join only when the
        // message has nothing else the index knows (their posting lists are the longest).
        boolean words = false;
        for (int i = 0; i < q.size(); i++) {
            words |= q.ids[i] >= 0 && q.kindWeights[i] == 1.0;
        }
        double[] searchWeights = new double[q.size()];
        double best = 0;
        for (int i = 0; i < q.size(); i++) {
            searchWeights[i] = words && q.kindWeights[i] < 1.0 ? 0 : q.kindWeights[i];
            best += index.idf(q.ids[i]) * searchWeights[i] * (InvertedIndex.QUESTION_WEIGHT + InvertedIndex.ANSWER_WEIGHT);
        }
        int[] docs = new int[TOP_K];
        double[] scores = new double[TOP_K];
        int found = index.search(q.ids, searchWeights, q.size(), TOP_K, docs, scores);
        double[][] features = new double[found][Reranker.FEATURES];
        double[] z = new double[found];
        for (int c = 0; c < found; c++) {
            reranker.features(q, profiles[docs[c]], scores[c] / Math.max(best, 1e-9), features[c]);
            z[c] = model.rankScore(features[c]);
        }
        List<Ranked> ranked = new ArrayList<>(found);
        for (int c = 0; c < found; c++) {
            ranked.add(new Ranked(docs[c], features[c], z[c], model.confidence(z[c], lead(z, c, docs), features[c])));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        List<Ranked> distinct = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            if (distinct.stream().noneMatch(d -> nearDuplicates(profiles[d.doc()], profiles[r.doc()]))) {
                distinct.add(r);
            }
        }
        return distinct;
    }

    /**
     * How far candidate {@code c} leads the strongest other candidate that is not a near-duplicate
     * of it; near-duplicates agree with it rather than compete.
     */
    private double lead(double[] z, int c, int[] docs) {
        double other = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            if (i != c && z[i] > other && !nearDuplicates(profiles[docs[i]], profiles[docs[c]])) {
                other = z[i];
            }
        }
        return other == Double.NEGATIVE_INFINITY ? ConfidenceModel.MAX_LEAD : z[c] - other;
    }

    /**
     * True when both entries ask the same question: the same entry, or main questions sharing at
     * least {@link #DUPLICATE_OVERLAP} of their distinct terms (Jaccard), as when one digest
     * repeats a question of an earlier one with small edits.
     */
    public boolean nearDuplicates(Entry a, Entry b) {
        int i = Collections.binarySearch(entries, a, BY_ID);
        int j = Collections.binarySearch(entries, b, BY_ID);
        if (i < 0 || j < 0) {
            return a.id().equals(b.id());
        }
        return nearDuplicates(profiles[i], profiles[j]);
    }

    private static boolean nearDuplicates(EntryProfile a, EntryProfile b) {
        if (a == b) {
            return true;
        }
        int[] x = a.variants()[0];
        int[] y = b.variants()[0];
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
        int union = x.length + y.length - common;
        return union > 0 && common >= DUPLICATE_OVERLAP * union;
    }

    private Decision decide(List<Ranked> ranked) {
        List<Candidate> candidates = new ArrayList<>(MAX_CANDIDATES);
        for (Ranked r : ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size()))) {
            candidates.add(new Candidate(entries.get(r.doc()), r.confidence()));
        }
        if (candidates.isEmpty()) {
            return Decision.none(candidates);
        }
        double best = candidates.get(0).score();
        double second = candidates.size() > 1 ? candidates.get(1).score() : 0;
        if (best >= settings.answerThreshold() && best - second >= settings.minMargin()) {
            return new Decision(Decision.Verdict.ANSWER, best, candidates.get(0).entry(), candidates);
        }
        if (best >= settings.suggestThreshold()) {
            return new Decision(Decision.Verdict.SUGGEST, best, null, candidates);
        }
        return Decision.none(candidates);
    }

    /** The canonical token of a specific project, null for none, unknown or umbrella ones. */
    private static String specificProject(ProjectAliases aliases, String project) {
        String token = aliases.tokenOf(project);
        return token == null || aliases.isUmbrella(token) ? null : token;
    }

    private static List<String> questionTexts(Entry e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.question());
        texts.addAll(e.alternates());
        for (Followup f : e.followups()) {
            texts.add(f.question());
        }
        return texts;
    }

    private static List<String> answerTexts(Entry e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.answer());
        for (Followup f : e.followups()) {
            texts.add(f.answer());
        }
        return texts;
    }
}
