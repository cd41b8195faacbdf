package dev.digestbot.chat;

import dev.digestbot.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RetryDedupTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
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

    /** Caffeine's async cache used to log each failed answer with a stack trace through JUL. */
    @Test
    void a_failed_answer_is_retried_by_the_next_delivery_and_logs_nothing() {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            dedup.reply("m1", () -> count(CompletableFuture.failedFuture(new IllegalStateException())));
            assertEquals(Optional.of("ok"), dedup.reply("m1",
                    () -> count(CompletableFuture.completedFuture(Optional.of("ok")))).join());
        } finally {
            root.removeHandler(capture);
        }
        assertEquals(2, started.get());
        assertEquals(List.of(), logged.stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void an_answer_failing_later_is_forgotten_too() {
        CompletableFuture<Optional<String>> pending = new CompletableFuture<>();
        dedup.reply("m1", () -> count(pending));
        pending.completeExceptionally(new IllegalStateException());
        assertEquals(Optional.of("ok"), dedup.reply("m1",
                () -> count(CompletableFuture.completedFuture(Optional.of("ok")))).join());
        assertEquals(2, started.get());
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
