package dev.digestbot.http;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of named daemon threads with a bounded queue: at most {@link #QUEUE_PER_THREAD}
 * tasks per thread wait, and one more is rejected with a
 * {@link java.util.concurrent.RejectedExecutionException}, which the server answers 503. An
 * unbounded queue would instead let a burst grow the heap and every answer's latency.
 */
public final class BoundedPool {

    static final int QUEUE_PER_THREAD = 1024;

    private BoundedPool() {
    }

    /** @param prefix each thread's name, followed by its number */
    public static ThreadPoolExecutor of(String prefix, int threads) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_PER_THREAD * threads), runnable -> {
                    Thread thread = new Thread(runnable, prefix + n.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }
}
