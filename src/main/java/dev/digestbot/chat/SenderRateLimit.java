package dev.digestbot.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code perMinute} replies to one sender in any sliding minute, so one person cannot
 * make the bot flood a group. Thread-safe; time comes from the injected clock.
 */
final class SenderRateLimit {

    private static final long WINDOW_MILLIS = 60_000;

    private final int perMinute;
    private final Clock clock;
    private final Cache<String, Deque<Long>> recent;

    SenderRateLimit(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute: " + perMinute + " (expected: >= 1)");
        }
        this.perMinute = perMinute;
        this.clock = clock;
        this.recent = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofMillis(WINDOW_MILLIS))
                .ticker(ClockTicker.of(clock))
                .executor(Runnable::run)
                .build();
    }

    /** Takes one reply from the sender's allowance; false when it is used up. */
    boolean tryAcquire(String sender) {
        long now = clock.millis();
        Deque<Long> times = recent.get(sender, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MILLIS) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
