package dev.digestbot.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SenderRateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SenderRateLimit limit = new SenderRateLimit(2, clock);

    @Test
    void a_sender_gets_the_allowance_per_sliding_minute_and_others_are_unaffected() {
        assertTrue(limit.tryAcquire("alice"));
        clock.advance(Duration.ofSeconds(30));
        assertTrue(limit.tryAcquire("alice"));
        assertFalse(limit.tryAcquire("alice"));
        assertTrue(limit.tryAcquire("bob"));

        clock.advance(Duration.ofSeconds(30));
        assertTrue(limit.tryAcquire("alice"));
        assertFalse(limit.tryAcquire("alice"));
    }
}
