package dev.digestbot.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.faq.Entry;
import dev.digestbot.json.JsonMapping;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.faq.Followup;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Measures the matcher: index build time (wall and process CPU), heap held by the matcher after
 * GC, and match latency (mean and p99, wall and thread CPU, cache off) for the real corpus (the
 * shipped {@code faq/}) and for 10,000 and 100,000 synthetic entries recombined from the real
 * questions and answers. Each corpus is built {@value #BUILDS} times: the first build,
 * on code the JIT has not compiled yet, is printed on its own; the build columns are the median
 * of the others, the steady state a server reaches when it rebuilds on FAQ changes.
 *
 * <p>Run, from the project folder (a test-scope tool, not in the jar):
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.digestbot.match.MatchBenchmark
 * </pre>
 * Queries are the training messages ({@code src/test/resources/dev/digestbot/train}), each run
 * many times after a warm-up. The CPU columns stay meaningful when other processes load the
 * machine; the wall columns are what a caller sees.
 */
public final class MatchBenchmark {

    private static final int BUILDS = 4;
    /** Rounds over every training message: about 13,000 matches to warm up, 8,600 measured. */
    private static final int WARMUP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 2;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private MatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        FaqSnapshot real = FaqStore.open(Path.of("faq"), Clock.systemUTC()).snapshot();
        List<String> queries = queries(Path.of("src", "test", "resources", "dev", "digestbot", "train"));
        System.out.printf(Locale.ROOT, "%-10s %8s %14s %9s %12s %8s %8s %8s %11s %11s%n", "corpus", "entries",
                "first build ms", "build ms", "build cpu ms", "heap MB", "mean ms", "p99 ms", "cpu mean ms",
                "cpu p99 ms");
        run("real", real, queries);
        for (int size : new int[] {10_000, 100_000}) {
            run("synthetic", synthetic(real, size), queries);
        }
    }

    private static void run(String name, FaqSnapshot snapshot, List<String> queries) {
        MatchSettings noCache = MatchSettings.defaults().withCacheSize(0);
        long[] buildWall = new long[BUILDS];
        long[] buildCpu = new long[BUILDS];
        Matcher matcher = null;
        long before = 0;
        for (int b = 0; b < BUILDS; b++) {
            matcher = null; // the previous build is garbage before the heap is measured
            before = usedHeapAfterGc();
            long start = System.nanoTime();
            long cpuStart = PROCESS.getProcessCpuTime();
            matcher = Matcher.build(snapshot, noCache);
            buildWall[b] = System.nanoTime() - start;
            buildCpu[b] = PROCESS.getProcessCpuTime() - cpuStart;
        }
        double heapMb = (usedHeapAfterGc() - before) / 1e6;
        for (int r = 0; r < WARMUP_ROUNDS; r++) {
            queries.forEach(matcher::match);
        }
        long[] nanos = new long[queries.size() * MEASURED_ROUNDS];
        long[] cpuNanos = new long[nanos.length];
        int n = 0;
        for (int r = 0; r < MEASURED_ROUNDS; r++) {
            for (String q : queries) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                matcher.match(q);
                nanos[n] = System.nanoTime() - t;
                cpuNanos[n++] = THREADS.getCurrentThreadCpuTime() - cpu;
            }
        }
        System.out.printf(Locale.ROOT, "%-10s %8d %14.0f %9.0f %12.0f %8.1f %8.3f %8.3f %11.3f %11.3f%n", name,
                snapshot.entries().size(), buildWall[0] / 1e6, medianAfterFirst(buildWall) / 1e6, medianAfterFirst(buildCpu) / 1e6,
                heapMb, mean(nanos), p99(nanos), mean(cpuNanos), p99(cpuNanos));
    }

    private static double medianAfterFirst(long[] nanos) {
        long[] sorted = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    private static double p99(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<String> queries(Path folder) throws Exception {
        ObjectMapper mapper = JsonMapping.MAPPER;
        List<String> texts = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    texts.add(mapper.readTree(line).path("text").asText());
                }
            }
        }
        return texts;
    }

    /**
     * Entries whose question joins the halves of two real questions and whose answer is a real
     * answer, so vocabulary and lengths follow the real corpus while the entries differ; no
     * alternates, as imported entries start (the real corpus row has them all).
     */
    private static FaqSnapshot synthetic(FaqSnapshot real, int size) {
        Random random = new Random(42);
        List<Entry> source = real.entries();
        List<Entry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Entry a = source.get(random.nextInt(source.size()));
            Entry b = source.get(random.nextInt(source.size()));
            String question = a.question().substring(0, a.question().length() / 2)
                    + b.question().substring(b.question().length() / 2);
            List<Followup> followups = random.nextInt(4) == 0 ? b.followups() : List.of();
            entries.add(new Entry(String.format(Locale.ROOT, "synthetic-%06d", i), question, List.of(),
                    a.answer(), random.nextBoolean() ? a.project() : b.project(), null, null, followups,
                    List.of(), null, null, null));
        }
        return new FaqSnapshot(1, real.projects(), entries);
    }
}
