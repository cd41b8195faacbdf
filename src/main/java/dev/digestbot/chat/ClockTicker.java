package dev.digestbot.chat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;

/** Lets the Caffeine caches of this package run on the injected clock, so tests advance it. */
final class ClockTicker {

    private ClockTicker() {
    }

    static Ticker of(Clock clock) {
        return () -> clock.millis() * 1_000_000L;
    }
}
