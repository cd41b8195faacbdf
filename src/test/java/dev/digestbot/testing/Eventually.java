package dev.digestbot.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

/**
 * Waits for something another thread does (a file watcher, a child process), checking often and
 * giving up after a bound, so a broken test fails instead of hanging.
 */
public final class Eventually {

    private static final long LIMIT_MILLIS = 10_000;

    private Eventually() {
    }

    public static void holds(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(what + ": not within " + LIMIT_MILLIS + " ms");
            }
            Thread.sleep(10);
        }
    }
}
