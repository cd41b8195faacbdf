package dev.digestbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryDedupTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RetryDedup dedup = new RetryDedup(Duration.ofSeconds(60), clock);
    private final AtomicInteger started = new AtomicInteger();

    @Test
    void a_retry_during_the_first_answer_shares_its_future() {
        CompletableFuture<Optional<String>> pending = new CompletableFuture<>();
        CompletableFuture<Optional<String>> first = dedup.reply("m1", () -> count(pending));
        CompletableFuture<Optional<String>> retry = dedup.reply("m1", () -> count(new CompletableFuture<>()));

        pending.complete(Optional.of("answer"));

        assertSame(first, retry);
        assertEquals(Optional.of("answer"), retry.join());
        assertEquals(1, started.get());
    }

    @Test
    void a_later_retry_within_the_ttl_gets_the_same_reply_and_after_it_is_answered_anew() {
        dedup.reply("m1", () -> count(CompletableFuture.completedFuture(Optional.of("one"))));
        clock.advance(Duration.ofSeconds(59));
        assertEquals(Optional.of("one"), dedup.reply("m1",
                () -> count(CompletableFuture.completedFuture(Optional.of("two")))).join());

        clock.advance(Duration.ofSeconds(2));
        assertEquals(Optional.of("two"), dedup.reply("m1",
                () -> count(CompletableFuture.completedFuture(Optional.of("two")))).join());
        assertEquals(2, started.get());
    }

    @Test
    void a_failed_answer_is_retried_by_the_next_delivery() {
        dedup.reply("m1", () -> count(CompletableFuture.failedFuture(new IllegalStateException())));
        assertEquals(Optional.of("ok"), dedup.reply("m1",
                () -> count(CompletableFuture.completedFuture(Optional.of("ok")))).join());
    }

    @Test
    void a_ttl_under_a_minute_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryDedup(Duration.ofSeconds(30), clock));
    }

    private CompletableFuture<Optional<String>> count(CompletableFuture<Optional<String>> f) {
        started.incrementAndGet();
        return f;
    }
}
