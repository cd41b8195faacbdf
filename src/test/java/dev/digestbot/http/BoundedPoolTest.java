package dev.digestbot.http;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedPoolTest {

    /** The reply pool's queue had no bound: a burst queued without limit instead of a 503. */
    @Test
    void a_task_past_the_queue_of_a_busy_pool_is_rejected() throws Exception {
        ThreadPoolExecutor pool = BoundedPool.of("test-pool-", 1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> await(release));
            for (int i = 0; i < BoundedPool.QUEUE_PER_THREAD; i++) {
                pool.execute(() -> { });
            }
            assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }));
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith("test-pool-") && thread.isAlive()
                        && !thread.isDaemon()), "daemon threads only");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
