package dev.digestbot.match;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches chat messages to the entries of one FAQ snapshot, in typed stages: the
 * {@link Analyzer} turns the message into a {@link Query}; the {@link EntryIndex} (built once per
 * snapshot) gives the candidates; the {@link Ranker} computes their signals and order; the
 * {@link ConfidenceModel} their confidence; the {@link DecisionPolicy} what to say. A message
 * with no content word, or a remark ({@link Remarks}), is {@code NONE} without a search.
 *
 * <p>This class only ties the stages together and owns the cache of normalized query to
 * decision, which belongs to this snapshot: a new snapshot means a new matcher and a fresh cache.
 * Thread-safe and lock-free on the read path; {@link #match} never throws: a failure inside is
 * logged and answered {@code NONE}.
 */
public final class Matcher {

    private static final Logger LOG = LoggerFactory.getLogger(Matcher.class);

    /** What the matcher made of one message, stage by stage, for operators and the training command. */
    public record Explanation(String normalized, Ranking ranking, List<ConfidenceModel.Assessed> assessed,
            Decision decision) {
    }

    /**
     * A message as matching sees it, and so the cache key: its normalized text, and whether it
     * reads as a question, which the question marks normalizing drops may tell.
     */
    private record Message(String normalized, boolean question) {
    }

    private final FaqSnapshot snapshot;
    private final Analyzer analyzer;
    private final EntryIndex index;
    private final Ranker ranker;
    private final ConfidenceModel model;
    private final DecisionPolicy policy;
    private final Cache<Message, Decision> cache;
    private final LongAdder lookups = new LongAdder();
    private final LongAdder computed = new LongAdder();

    private Matcher(FaqSnapshot snapshot, ConfidenceModel model, DecisionPolicy policy, int cacheSize) {
        this.snapshot = snapshot;
        this.analyzer = new Analyzer(ProjectAliases.of(snapshot.projects()));
        this.index = EntryIndex.build(snapshot, analyzer);
        this.ranker = new Ranker(index);
        this.model = model;
        this.policy = policy;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /** A matcher with the shipped model and the settings' thresholds (the learned ones where unset). */
    public static Matcher build(FaqSnapshot snapshot, MatchSettings settings) {
        Objects.requireNonNull(settings, "settings");
        TrainedModel shipped = TrainedModel.shipped();
        return build(snapshot, shipped.confidence(), settings.policy(shipped.policy()), settings.cacheSize());
    }

    /** A matcher with the given model and policy, as the training command builds them. */
    public static Matcher build(FaqSnapshot snapshot, ConfidenceModel model, DecisionPolicy policy, int cacheSize) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(policy, "policy");
        return new Matcher(snapshot, model, policy, cacheSize);
    }

    public FaqSnapshot snapshot() {
        return snapshot;
    }

    public ConfidenceModel model() {
        return model;
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
            return cache.get(message(text), message -> {
                computed.increment();
                return explained(message).decision();
            });
        } catch (RuntimeException e) {
            LOG.error("match: failed on a message of {} characters; answering nothing", text.length(), e);
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
        if (text == null || Remarks.isRemark(text)) {
            lookups.increment();
            return Optional.of(Decision.none(List.of()));
        }
        Optional<Decision> decision = Optional.ofNullable(cache.getIfPresent(message(text)));
        decision.ifPresent(hit -> lookups.increment());
        return decision;
    }

    /** Every stage's result for the text, computed afresh (the cache is neither read nor filled). */
    public Explanation explain(String text) {
        Objects.requireNonNull(text, "text");
        if (Remarks.isRemark(text)) {
            return new Explanation(analyzer.normalize(text), new Ranking(List.of(), null), List.of(),
                    Decision.none(List.of()));
        }
        return explained(message(text));
    }

    private Message message(String text) {
        return new Message(analyzer.normalize(text), Questions.looksLikeQuestion(text));
    }

    private Explanation explained(Message message) {
        Query q = analyzer.query(message.normalized(), message.question(), index.terms());
        if (q == null) {
            return new Explanation(message.normalized(), new Ranking(List.of(), null), List.of(),
                    Decision.none(List.of()));
        }
        Ranking ranking = ranker.rank(q, model);
        List<ConfidenceModel.Assessed> assessed = model.assess(ranking);
        return new Explanation(message.normalized(), ranking, assessed, policy.decide(assessed));
    }

    /** True when the matcher treats both entries as one answer (see {@link NearDuplicates}). */
    public boolean nearDuplicates(Entry a, Entry b) {
        int i = index.doc(a);
        int j = index.doc(b);
        if (i < 0 || j < 0) {
            return a.id().equals(b.id()) || snapshot.twins(a).contains(b);
        }
        return index.nearDuplicates().same(i, j);
    }
}
