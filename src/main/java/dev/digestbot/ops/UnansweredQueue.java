package dev.digestbot.ops;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.digestbot.chat.DecisionObserver;
import dev.digestbot.chat.UnansweredNotes;
import dev.digestbot.match.Candidate;
import dev.digestbot.match.Decision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What people asked that the bot could not answer with confidence (SUGGEST or NONE), grouped by
 * normalized text ({@link #keyOf}) with counts, so operators see which entries to add next.
 *
 * <p>Bounded: at most {@code maxGroups} groups; past that the cache evicts the groups least
 * likely to matter (rarely and long ago seen). Texts that normalize to fewer than
 * {@link #MIN_CHARS} characters ({@code 好的}, {@code 收到}) are not questions and are not kept.
 * Thread-safe.
 */
public final class UnansweredQueue implements DecisionObserver, UnansweredNotes {

    /** Longest text kept per group. */
    static final int MAX_TEXT = 300;
    static final int MIN_CHARS = 4;

    private final Cache<String, UnansweredGroup> groups;
    private final Clock clock;
    private final UnaryOperator<String> normalizer;

    /**
     * @param normalizer the matcher's normalization, so groups follow what the matcher sees
     */
    public UnansweredQueue(int maxGroups, Clock clock, UnaryOperator<String> normalizer) {
        if (maxGroups < 1) {
            throw new IllegalArgumentException("maxGroups: " + maxGroups + " (expected: >= 1)");
        }
        this.groups = Caffeine.newBuilder().maximumSize(maxGroups).executor(Runnable::run).build();
        this.clock = clock;
        this.normalizer = normalizer;
    }

    @Override
    public void decided(String channel, String text, Decision decision, long nanos) {
        if (decision.answered()) {
            return;
        }
        String key = keyOf(text);
        if (!kept(key)) {
            return;
        }
        String id = idOf(key);
        UnansweredGroup.Best best = decision.candidates().isEmpty() ? null : best(decision.candidates().get(0));
        String verdict = decision.verdict().name();
        groups.asMap().compute(id, (k, old) -> old == null
                ? new UnansweredGroup(id, cut(text.strip()), 1, clock.instant(), verdict, best)
                : old.seenAgain(clock.instant(), verdict, best));
    }

    @Override
    public boolean keeps(String text) {
        return kept(keyOf(text));
    }

    private static boolean kept(String key) {
        return key.codePointCount(0, key.length()) >= MIN_CHARS;
    }

    /** The groups, most often seen first (then most recent), at most {@code limit}. */
    public List<UnansweredGroup> list(int limit) {
        return groups.asMap().values().stream()
                .sorted(Comparator.comparingLong(UnansweredGroup::count).reversed()
                        .thenComparing(UnansweredGroup::lastSeen, Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    /** The groups, last seen first, at most {@code limit}. */
    public List<UnansweredGroup> latest(int limit) {
        return groups.asMap().values().stream()
                .sorted(Comparator.comparing(UnansweredGroup::lastSeen, Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    public int size() {
        return groups.asMap().size();
    }

    public Optional<UnansweredGroup> get(String id) {
        return Optional.ofNullable(groups.getIfPresent(id));
    }

    /** Forgets a group, once an operator has answered or dismissed it. */
    public void remove(String id) {
        groups.invalidate(id);
    }

    /**
     * What groups messages: the matcher's normalized text, case-folded, with whitespace kept only
     * between two Latin letters or digits. So {@code mosn 怎么开启 http3} and
     * {@code MOSN 怎么开启HTTP3} are one group, while {@code at mode} and {@code atmode} stay two.
     */
    private String keyOf(String text) {
        String normalized = normalizer.apply(text).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(normalized.length());
        boolean afterSpace = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c)) {
                afterSpace = true;
                continue;
            }
            boolean betweenLatinWords = !key.isEmpty() && isLatinWordChar(key.charAt(key.length() - 1))
                    && isLatinWordChar(c);
            if (afterSpace && betweenLatinWords) {
                key.append(' ');
            }
            afterSpace = false;
            key.append(c);
        }
        return key.toString();
    }

    private static boolean isLatinWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static UnansweredGroup.Best best(Candidate c) {
        return new UnansweredGroup.Best(c.entry().id(), c.entry().question(),
                Math.round(c.score() * 1000) / 1000.0);
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String idOf(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
