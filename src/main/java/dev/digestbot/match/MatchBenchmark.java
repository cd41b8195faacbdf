package dev.digestbot.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.digest.ImportCommand;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.faq.Followup;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures the matcher: index build time, heap held by the matcher after GC, and match latency
 * (mean and p99, cache off) for the real corpus (every digest of the shared folder) and for
 * 10,000 and 100,000 synthetic entries recombined from the real questions and answers.
 *
 * <p>Run, from the project folder:
 * <pre>
 * mvn -q -o package -DskipTests &amp;&amp; java -Xmx2g -cp target/digestbot.jar dev.digestbot.match.MatchBenchmark [SHARED_DIR]
 * </pre>
 * {@code SHARED_DIR} defaults to {@code $DIGESTBOT_SHARED}, else {@code ../shared}. Queries are
 * the messages of {@code eval/dev.jsonl}, each run many times after a warm-up.
 */
public final class MatchBenchmark {

    private static final int WARMUP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 30;

    private MatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String env = System.getenv("DIGESTBOT_SHARED");
        Path shared = Path.of(args.length > 0 ? args[0] : env != null && !env.isBlank() ? env : "../shared");
        FaqSnapshot real = importAll(shared.resolve("digests"));
        List<String> queries = queries(shared.resolve("eval").resolve("dev.jsonl"));
        System.out.printf(Locale.ROOT, "%-10s %9s %10s %11s %10s %10s%n", "corpus", "entries", "build ms",
                "heap MB", "mean ms", "p99 ms");
        run("real", real, queries);
        for (int size : new int[] {10_000, 100_000}) {
            run("synthetic", synthetic(real, size), queries);
        }
    }

    private static void run(String name, FaqSnapshot snapshot, List<String> queries) {
        MatchSettings noCache = new MatchSettings(MatchSettings.defaults().answerThreshold(),
                MatchSettings.defaults().suggestThreshold(), MatchSettings.defaults().minMargin(), 0);
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        Matcher matcher = Matcher.build(snapshot, noCache);
        double buildMs = (System.nanoTime() - start) / 1e6;
        double heapMb = (usedHeapAfterGc() - before) / 1e6;
        for (int r = 0; r < WARMUP_ROUNDS; r++) {
            queries.forEach(matcher::match);
        }
        long[] nanos = new long[queries.size() * MEASURED_ROUNDS];
        int n = 0;
        for (int r = 0; r < MEASURED_ROUNDS; r++) {
            for (String q : queries) {
                long t = System.nanoTime();
                matcher.match(q);
                nanos[n++] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        double p99 = nanos[(int) Math.ceil(0.99 * nanos.length) - 1] / 1e6;
        System.out.printf(Locale.ROOT, "%-10s %9d %10.0f %11.1f %10.3f %10.3f%n", name,
                snapshot.entries().size(), buildMs, heapMb, mean, p99);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static FaqSnapshot importAll(Path digests) throws Exception {
        Path faq = Files.createTempDirectory("digestbot-bench");
        Files.copy(Path.of("faq", "projects.json"), faq.resolve("projects.json"));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        if (ImportCommand.run(List.of("--faq", faq.toString(), digests.toString()), quiet, System.err) != 0) {
            throw new IllegalStateException("import of " + digests + " failed");
        }
        return FaqStore.open(faq, Clock.systemUTC()).snapshot();
    }

    private static List<String> queries(Path devSet) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(devSet, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                texts.add(mapper.readTree(line).path("text").asText());
            }
        }
        return texts;
    }

    /**
     * Entries whose question joins the halves of two real questions and whose answer is a real
     * answer, so vocabulary and lengths follow the real corpus while the entries differ.
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
                    List.of(), null));
        }
        return new FaqSnapshot(1, real.projects(), entries);
    }
}
