package dev.digestbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.digestbot.cli.Main;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The shared read-only material ({@code ../shared}, or {@code $DIGESTBOT_SHARED}), for its eval
 * set, and the FAQ of all the repository's digests ({@code faq/digests}), imported once per test
 * run into a temp folder with the repository's {@code faq/projects.json}. Tests that need the
 * shared folder are skipped when it is absent, except on CI (env {@code CI} set), where its
 * absence fails them.
 */
final class SharedDigests {

    private static FaqSnapshot snapshot;

    private SharedDigests() {
    }

    static Path sharedDir() {
        return SharedData.require("eval").getParent();
    }

    static Path devSet(Path shared) {
        return shared.resolve("eval").resolve("dev.jsonl");
    }

    /** Every digest of {@code faq/digests}, imported into a fresh temp FAQ folder. */
    static synchronized FaqSnapshot allDigests() throws IOException, FaqFormatException {
        if (snapshot == null) {
            Path faq = Files.createTempDirectory("digestbot-faq");
            Files.copy(Path.of("faq", "projects.json"), faq.resolve("projects.json"));
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream sink = new PrintStream(log, true, StandardCharsets.UTF_8);
            int code = Main.run(List.of("import", "--faq", faq.toString(), Path.of("faq", "digests").toString()),
                    System.in, sink, sink);
            assertEquals(0, code, () -> "import of the digests failed:\n" + log.toString(StandardCharsets.UTF_8));
            snapshot = FaqStore.open(faq, Clock.systemUTC()).snapshot();
        }
        return snapshot;
    }
}
