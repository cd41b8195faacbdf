package dev.digestbot.chat;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Answers each platform message once. Platforms re-deliver a message they got no timely answer
 * to; a re-delivery that arrives while the first is being answered shares its future, and one
 * that arrives later (within the TTL) gets the same reply. A failed answer is forgotten, so the
 * next delivery tries again. Thread-safe; time comes from the injected clock.
 */
public final class RetryDedup {

    /** WeChat re-delivers for about 15 s; a minute leaves room for slow networks. */
    public static final Duration MIN_TTL = Duration.ofSeconds(60);

    private final AsyncCache<String, Optional<String>> replies;

    public RetryDedup(Duration ttl, Clock clock) {
        if (ttl.compareTo(MIN_TTL) < 0) {
            throw new IllegalArgumentException("ttl: " + ttl + " (expected: >= " + MIN_TTL + ")");
        }
        this.replies = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .ticker(ClockTicker.of(clock))
                .executor(Runnable::run)
                .maximumSize(100_000)
                .buildAsync();
    }

    /**
     * The reply to the message {@code key}: the one already started or given for it, else the one
     * {@code answer} starts now.
     */
    public CompletableFuture<Optional<String>> reply(String key,
            Supplier<CompletableFuture<Optional<String>>> answer) {
        return replies.get(key, (k, executor) -> answer.get());
    }
}
