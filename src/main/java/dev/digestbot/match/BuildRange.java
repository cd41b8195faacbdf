package dev.digestbot.match;

import java.util.stream.IntStream;

/**
 * The index ranges the matcher build iterates over, split across cores only when there is enough
 * work to repay forking: a FAQ of a few entries builds in milliseconds on the calling thread,
 * while a parallel stream would start the common fork-join pool and load its classes, which at
 * start-up costs more than the whole build.
 */
final class BuildRange {

    /** The fewest entries whose build steps run in parallel. */
    static final int PARALLEL_FROM = 100;

    private BuildRange() {
    }

    /**
     * {@code 0 .. n - 1}, parallel when the work it covers spans at least {@link #PARALLEL_FROM}
     * entries.
     *
     * @param entries how many entries the whole range covers (each index may stand for a chunk)
     */
    static IntStream of(int n, int entries) {
        IntStream range = IntStream.range(0, n);
        return entries >= PARALLEL_FROM ? range.parallel() : range;
    }
}
