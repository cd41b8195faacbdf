package dev.digestbot.chat;

import com.github.benmanes.caffeine.cache.Cache;
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
 *
 * <p>The futures live in a plain cache rather than Caffeine's async one, which logs every failed
 * future with its stack trace through java.util.logging, past the bot's own logging.
 */
public final class RetryDedup {

    /** WeChat re-delivers for about 15 s; a minute leaves room for slow networks. */
    public static final Duration MIN_TTL = Duration.ofSeconds(60);

    private final Cache<String, CompletableFuture<Optional<String>>> replies;

    public RetryDedup(Duration ttl, Clock clock) {
        if (ttl.compareTo(MIN_TTL) < 0) {
            throw new IllegalArgumentException("ttl: " + ttl + " (expected: >= " + MIN_TTL + ")");
        }
        this.replies = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .ticker(ClockTicker.of(clock))
                .executor(Runnable::run)
                .maximumSize(100_000)
                .build();
    }

    /**
     * The reply to the message {@code key}: the one already started or given for it, else the one
     * {@code answer} starts now.
     */
    public CompletableFuture<Optional<String>> reply(String key,
            Supplier<CompletableFuture<Optional<String>>> answer) {
        CompletableFuture<Optional<String>> reply = replies.get(key, k -> answer.get());
        reply.whenComplete((given, failure) -> {
            if (failure != null) {
                replies.asMap().remove(key, reply);
            }
        });
        return reply;
    }
}
