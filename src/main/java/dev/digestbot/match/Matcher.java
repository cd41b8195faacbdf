package dev.digestbot.match;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.Followup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

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
    /** Entries analysed by one parallel task, with one buffer of term ids. */
    private static final int ANALYSIS_CHUNK = 256;
    private static final double DUPLICATE_OVERLAP = 0.7;
    private static final double CONTAINED_SHARE = 0.9;
    private static final int CONTAINED_MIN_TERMS = 10;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern LINK_SEPARATORS = Pattern.compile("[/#?=&%]+");
    private static final Comparator<Entry> BY_ID = Comparator.comparing(Entry::id);

    /** A candidate entry with its signals, rank score, confidence and best-matching question variant. */
    record Ranked(int doc, double[] features, double score, double confidence, int variant) {
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
    private final LongAdder lookups = new LongAdder();
    private final LongAdder computed = new LongAdder();

    private Matcher(FaqSnapshot snapshot, MatchSettings settings) {
        this.snapshot = snapshot;
        this.settings = settings;
        ProjectAliases aliases = ProjectAliases.of(snapshot.projects());
        this.tokenizer = new Tokenizer(aliases);
        // A disabled entry is never answered, so it is not even a candidate.
        this.entries = snapshot.entries().stream().filter(Entry::enabled).toList();
        int n = entries.size();
        TermDictionary dictionary = new TermDictionary();
        Analyzed[] analyzed = new Analyzed[n];
        BuildRange.of((n + ANALYSIS_CHUNK - 1) / ANALYSIS_CHUNK, n).forEach(chunk -> {
            TermDictionary.Ids ids = dictionary.ids();
            for (int d = chunk * ANALYSIS_CHUNK; d < Math.min(n, (chunk + 1) * ANALYSIS_CHUNK); d++) {
                analyzed[d] = analyze(entries.get(d), ids);
            }
        });
        // Ids by first occurrence over each entry's question variants, then its answers.
        List<int[]> idArrays = new ArrayList<>();
        for (Analyzed a : analyzed) {
            idArrays.addAll(Arrays.asList(a.variantIds()));
            idArrays.add(a.answerIds());
        }
        List<String> terms = dictionary.renumber(idArrays);
        List<InvertedIndex.Fields> docs = new ArrayList<>(n);
        for (Analyzed a : analyzed) {
            docs.add(new InvertedIndex.Fields(concat(a.variantIds()), a.answerIds()));
        }
        this.index = InvertedIndex.build(terms, docs);
        this.reranker = new Reranker(index.maxIdf());
        String[] projects = ProjectInference.infer(
                entries.stream().map(e -> specificProject(aliases, e.project())).toArray(String[]::new), docs, index);
        this.profiles = BuildRange.of(n, n)
                .mapToObj(d -> EntryProfile.of(analyzed[d].variantIds(), analyzed[d].variantCompacts(),
                        analyzed[d].answerIds(), projects[d], index))
                .toArray(EntryProfile[]::new);
        this.cache = Caffeine.newBuilder().maximumSize(settings.cacheSize()).build();
    }

    /**
     * One entry's text, normalized and tokenized: each question variant's term ids and compact
     * string ({@link EntryProfile#compact}, kept instead of the longer normalized text), and the
     * term ids of the answers.
     */
    private record Analyzed(int[][] variantIds, String[] variantCompacts, int[] answerIds) {
    }

    private Analyzed analyze(Entry e, TermDictionary.Ids ids) {
        List<String> questions = questionTexts(e);
        String[] compacts = new String[questions.size()];
        int[][] variantIds = new int[questions.size()][];
        for (int v = 0; v < variantIds.length; v++) {
            String normalized = normalizer.normalize(questions.get(v));
            compacts[v] = EntryProfile.compact(normalized);
            tokenizer.tokenize(normalized, true, ids);
            variantIds[v] = ids.take();
        }
        for (String a : answerTexts(e)) {
            tokenizer.tokenize(normalizer.normalize(a), false, ids);
            linkWords(a, ids);
        }
        for (String q : questions) {
            linkWords(q, ids);
        }
        return new Analyzed(variantIds, compacts, ids.take());
    }

    /**
     * Gives the terms the words of the text's links after the host, such as a project, a document
     * or a file name ({@code pkg/proxy/downstream.go}): normalizing drops links, yet they tell
     * what a question or an answer is about. They count as answer text.
     */
    private void linkWords(String text, Tokenizer.Terms terms) {
        if (!text.contains("http")) {
            return;
        }
        java.util.regex.Matcher link = LINK.matcher(text);
        while (link.find()) {
            String url = link.group();
            int host = url.indexOf('/', url.indexOf("//") + 2);
            if (host > 0) {
                String path = LINK_SEPARATORS.matcher(url.substring(host)).replaceAll(" ");
                tokenizer.tokenize(path, false, terms);
            }
        }
    }

    private static int[] concat(int[][] arrays) {
        int[] all = new int[Arrays.stream(arrays).mapToInt(a -> a.length).sum()];
        int at = 0;
        for (int[] a : arrays) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        return all;
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
        long n = lookups.sum();
        return n == 0 ? 1 : 1 - (double) computed.sum() / n;
    }

    public Decision match(String text) {
        try {
            lookups.increment();
            if (text == null || Remarks.isRemark(text)) {
                return Decision.none(List.of());
            }
            return cache.get(normalizer.normalize(text), normalized -> {
                computed.increment();
                return decide(normalized);
            });
        } catch (RuntimeException e) {
            return Decision.none(List.of());
        }
    }

    /**
     * The decision for the text when it needs no matching (a remark) or the cache holds it, empty
     * when it needs matching: a caller can answer these at once and leave the rest to
     * {@link #match} on another thread. Only hits count as lookups, so a miss followed by
     * {@code match} counts once.
     */
    public Optional<Decision> cached(String text) {
        try {
            Optional<Decision> decision = text == null || Remarks.isRemark(text)
                    ? Optional.of(Decision.none(List.of()))
                    : Optional.ofNullable(cache.getIfPresent(normalizer.normalize(text)));
            decision.ifPresent(hit -> lookups.increment());
            return decision;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Decision decide(String normalized) {
        Tokenizer.Analysis analysis = tokenizer.analyze(normalized);
        if (analysis.terms().stream().allMatch(Tokenizer::isUnigram)) {
            return Decision.none(List.of());
        }
        return decide(rank(normalized, analysis));
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
        int[] variants = new int[found];
        for (int c = 0; c < found; c++) {
            variants[c] = reranker.features(q, profiles[docs[c]], scores[c] / Math.max(best, 1e-9), features[c]);
            z[c] = model.rankScore(features[c]);
        }
        Integer[] order = new Integer[found];
        for (int c = 0; c < found; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (x, y) -> Double.compare(z[y], z[x]));
        List<Integer> kept = new ArrayList<>(found);
        for (int c : order) {
            if (kept.stream().noneMatch(k -> nearDuplicates(profiles[docs[k]], profiles[docs[c]]))) {
                kept.add(c);
            }
        }
        // Each kept candidate leads the strongest other kept one by this much; near-duplicates
        // were dropped, so they agree with their group's best rather than compete with it.
        double floor = projectOnlyScore(q, best);
        List<Ranked> ranked = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            int c = kept.get(i);
            double other = kept.size() == 1 ? floor : Math.max(floor, z[kept.get(i == 0 ? 1 : 0)]);
            double lead = z[c] - other;
            ranked.add(new Ranked(docs[c], features[c], z[c], model.confidence(z[c], lead, features[c]),
                    variants[c]));
        }
        return ranked;
    }

    /**
     * The rank score of an entry that shares nothing with the message but the projects it names,
     * or minus infinity when it names none; its BM25 part counts each project term once in its
     * question ({@code bestBm25} is the query's best possible BM25 score). Such an entry is a competitor the FAQ may lack: in a
     * large FAQ another entry of the project scores at least as much, but in a small one a
     * message sharing only the project name with one entry would otherwise lead unopposed.
     */
    private double projectOnlyScore(Query q, double bestBm25) {
        int[] ids = Arrays.stream(q.projectIds).filter(id -> id >= 0).sorted().distinct().toArray();
        if (ids.length == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double weight = Arrays.stream(ids).mapToDouble(index::idf).sum();
        EntryProfile projectOnly = new EntryProfile(ids, ids, new int[][] {ids}, new double[] {weight},
                new String[] {EntryProfile.compact(String.join("", q.projectTokens))},
                new long[][] {EntryProfile.signature(ids)}, q.projectTokens.get(0));
        double[] features = new double[Reranker.FEATURES];
        reranker.features(q, projectOnly, weight / Math.max(bestBm25, 1e-9), features);
        return model.rankScore(features);
    }

    /**
     * True when both entries ask the same question: the same entry, or a question variant of each
     * (question, alternate or follow-up question) sharing at least {@link #DUPLICATE_OVERLAP} of
     * their distinct terms (Jaccard), as when one digest repeats a question of an earlier one with
     * small edits; or one variant of at least {@link #CONTAINED_MIN_TERMS} terms having
     * {@link #CONTAINED_SHARE} of them in the other, as when a digest glued the next question onto
     * a repeated one.
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
        for (int i = 0; i < a.variants().length; i++) {
            for (int j = 0; j < b.variants().length; j++) {
                if (sameQuestion(a.variants()[i], a.variantSignatures()[i],
                        b.variants()[j], b.variantSignatures()[j])) {
                    return true;
                }
            }
        }
        return false;
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
            Entry entry = candidates.get(0).entry();
            return new Decision(Decision.Verdict.ANSWER, best, entry, candidates,
                    followupOf(entry, ranked.get(0).variant()));
        }
        if (best >= settings.suggestThreshold()) {
            return new Decision(Decision.Verdict.SUGGEST, best, null, candidates);
        }
        return Decision.none(candidates);
    }

    /**
     * The follow-up turn a question variant stands for, or -1 for the question and alternates:
     * variants are the question, then the alternates, then the follow-up questions (see
     * {@link #questionTexts}).
     */
    private static int followupOf(Entry entry, int variant) {
        int turn = variant - 1 - entry.alternates().size();
        return turn >= 0 && turn < entry.followups().size() ? turn : -1;
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
