package dev.digestbot.match;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.Followup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Matches chat messages to the entries of one FAQ snapshot.
 *
 * <p>Built once per FAQ version ({@link #build}); the index, and the cache of normalized query to
 * decision, belong to that version, so a new snapshot means a new matcher and a fresh cache.
 * Thread-safe and lock-free on the read path; {@link #match} never throws.
 */
public final class Matcher {

    private static final int TOP_K = 30;
    private static final int MAX_CANDIDATES = 3;

    private final FaqSnapshot snapshot;
    private final MatchSettings settings;
    private final Normalizer normalizer = new Normalizer();
    private final Tokenizer tokenizer;
    private final InvertedIndex index;
    private final List<Entry> entries;
    private final Cache<String, Decision> cache;

    private Matcher(FaqSnapshot snapshot, MatchSettings settings) {
        this.snapshot = snapshot;
        this.settings = settings;
        this.tokenizer = new Tokenizer(ProjectAliases.of(snapshot.projects()));
        this.entries = snapshot.entries();
        List<InvertedIndex.Fields> docs = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            docs.add(new InvertedIndex.Fields(tokens(questionTexts(e)), tokens(answerTexts(e))));
        }
        this.index = InvertedIndex.build(docs);
        this.cache = Caffeine.newBuilder().maximumSize(settings.cacheSize()).recordStats().build();
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
            List<String> terms = tokenizer.tokenize(normalizer.normalize(text));
            if (terms.stream().allMatch(Tokenizer::isUnigram)) {
                return Decision.none(List.of());
            }
            return cache.get(String.join(" ", terms), key -> decide(terms));
        } catch (RuntimeException e) {
            return Decision.none(List.of());
        }
    }

    private Decision decide(List<String> terms) {
        Map<Integer, Double> weights = new LinkedHashMap<>();
        for (String term : terms) {
            weights.merge(index.termId(term), Tokenizer.isUnigram(term) ? 0.3 : 1.0, Math::max);
        }
        int[] ids = new int[weights.size()];
        double[] qw = new double[weights.size()];
        double self = 0;
        int i = 0;
        for (Map.Entry<Integer, Double> w : weights.entrySet()) {
            ids[i] = w.getKey();
            qw[i] = w.getValue();
            self += index.idf(ids[i]) * qw[i] * 2.2;
            i++;
        }
        int[] docs = new int[TOP_K];
        double[] scores = new double[TOP_K];
        int found = index.search(ids, qw, ids.length, TOP_K, docs, scores);
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < Math.min(found, MAX_CANDIDATES); c++) {
            candidates.add(new Candidate(entries.get(docs[c]), Math.min(1, scores[c] / self)));
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

    private List<String> tokens(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            out.addAll(tokenizer.tokenize(normalizer.normalize(t)));
        }
        return out;
    }

    static List<String> questionTexts(Entry e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.question());
        texts.addAll(e.alternates());
        for (Followup f : e.followups()) {
            texts.add(f.question());
        }
        return texts;
    }

    static List<String> answerTexts(Entry e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.answer());
        for (Followup f : e.followups()) {
            texts.add(f.answer());
        }
        return texts;
    }
}
