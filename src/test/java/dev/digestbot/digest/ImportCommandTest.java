package dev.digestbot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.FaqFiles;
import dev.digestbot.faq.FaqVersion;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.testing.FileHost;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ImportCommandTest {

    private static final String DIGEST = Fixtures.digest("""
            **1、@甲** 提问：

            > Seata 的全局锁是什么粒度？

            A：行级别。
            """);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ImportCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_digest_url_is_downloaded_and_imported_and_a_bad_one_fails_alone() throws Exception {
        Path faq = Fixtures.faqFolder(dir.resolve("faq"));
        try (FileHost host = new FileHost(Map.of("/weekly/sofa-weekly-20210716.md", DIGEST))) {
            assertEquals(1, run("--faq", faq.toString(), host.url("/weekly/sofa-weekly-20210716.md"),
                    host.url("/weekly/gone.md")));

            assertEquals(List.of("sofa-weekly-20210716-1"),
                    FaqFiles.readEntries(faq).stream().map(e -> e.id()).toList());
            assertTrue(out().contains("sofa-weekly-20210716.md: 1 items; 1 created"), out());
            assertEquals("import: " + host.url("/weekly/gone.md") + ": HTTP 404 (expected: 200 with the digest's markdown)\n",
                    err());
        }
    }

    @Test
    void a_folder_of_digests_imports_into_the_faq_folder() throws Exception {
        Path faq = Fixtures.faqFolder(dir.resolve("faq"));
        Path digests = Files.createDirectories(dir.resolve("digests"));
        Files.writeString(digests.resolve("sofa-weekly-20210716.md"), DIGEST);
        Files.writeString(digests.resolve("sofa-weekly-20210723.md"), DIGEST);

        assertEquals(0, run("--faq", faq.toString(), digests.toString()));

        assertEquals(2, FaqFiles.readEntries(faq).size());
        assertTrue(out().contains("sofa-weekly-20210716.md: 1 items; 1 created"), out());
        List<FaqVersion> versions = FaqStore.open(faq, Clock.systemUTC()).versions();
        assertEquals("import 2 digests", versions.get(0).reason(), "one version for the whole folder: " + versions);
        assertEquals(2, versions.size(), versions.toString());
    }

    @Test
    void a_dry_run_prints_the_report_and_writes_nothing() throws Exception {
        Path faq = Fixtures.faqFolder(dir.resolve("faq"));
        Path file = Files.writeString(dir.resolve("sofa-weekly-20210716.md"), DIGEST);

        assertEquals(0, run("--dry-run", "--faq", faq.toString(), file.toString()));

        assertFalse(Files.exists(faq.resolve("entries.json")));
        assertTrue(out().contains("would be 1 created"), out());
        assertTrue(out().contains("dry run, nothing written: 1 digests (0 failed): 1 items found"), out());
    }

    @Test
    void bad_files_are_named_and_the_other_files_still_import() throws Exception {
        Path faq = Fixtures.faqFolder(dir.resolve("faq"));
        Path latin1 = Files.write(dir.resolve("a-latin1.md"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        Path notes = Files.writeString(dir.resolve("b-notes.md"), "# Notes\n\njust notes\n");
        Path good = Files.writeString(dir.resolve("sofa-weekly-20210716.md"), DIGEST);

        int code = run("--faq", faq.toString(), latin1.toString(), notes.toString(),
                dir.resolve("missing.md").toString(), good.toString());

        assertEquals(1, code);
        assertTrue(err().contains(latin1 + ": not UTF-8 text"), err());
        assertTrue(err().contains(notes + ": no Q&A section"), err());
        assertTrue(err().contains("missing.md: no such file or folder"), err());
        assertEquals(1, FaqFiles.readEntries(faq).size());
    }

    @Test
    void bad_usage_exits_with_code_two_and_one_line() throws Exception {
        Path faq = Fixtures.faqFolder(dir.resolve("faq"));
        assertEquals(2, run("--faq", faq.toString()));
        assertEquals(2, run("--frobnicate", "x.md"));
        assertEquals(2, run("x.md", "--faq"));
        assertEquals(2, run("--faq", dir.resolve("nowhere").toString(), "x.md"));
        assertEquals(4, err().lines().count(), err());
        assertTrue(err().lines().allMatch(l -> l.startsWith("import: ")), err());
    }
}
