package dev.digestbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.FaqFiles;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.faq.FaqVersion;
import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.FileHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ImportCommandTest {

    /** A digest reduced to what the importer needs: its Q&A section with one item. */
    private static final String DIGEST = """
            ### 每周读者问答提炼

            **1、@甲** 提问：

            > Seata 的全局锁是什么粒度？

            A：行级别。
            """;

    @TempDir
    Path dir;

    private Path faqFolder() throws Exception {
        Path faq = Files.createDirectories(dir.resolve("faq"));
        FaqFiles.writeProjects(faq, FaqFixtures.PROJECTS);
        return faq;
    }

    @Test
    void a_digest_url_is_downloaded_and_imported_and_a_bad_one_fails_alone() throws Exception {
        Path faq = faqFolder();
        try (FileHost host = new FileHost(Map.of("/weekly/sofa-weekly-20210716.md", DIGEST))) {
            CommandRun run = CommandRun.of("import", "--faq", faq.toString(),
                    host.url("/weekly/sofa-weekly-20210716.md"), host.url("/weekly/gone.md"));

            assertEquals(1, run.code());
            assertEquals(List.of("sofa-weekly-20210716-1"),
                    FaqFiles.readEntries(faq).stream().map(e -> e.id()).toList());
            assertTrue(run.out().contains("sofa-weekly-20210716.md: 1 items; 1 created"), run.out());
            assertEquals("import: " + host.url("/weekly/gone.md") + ": HTTP 404 (expected: 200 with the digest's markdown)\n",
                    run.err());
        }
    }

    @Test
    void a_folder_of_digests_imports_into_the_faq_folder_as_one_version() throws Exception {
        Path faq = faqFolder();
        Path digests = Files.createDirectories(dir.resolve("digests"));
        Files.writeString(digests.resolve("sofa-weekly-20210716.md"), DIGEST);
        Files.writeString(digests.resolve("sofa-weekly-20210723.md"), DIGEST);

        CommandRun run = CommandRun.of("import", "--faq", faq.toString(), digests.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(2, FaqFiles.readEntries(faq).size());
        assertTrue(run.out().contains("sofa-weekly-20210716.md: 1 items; 1 created"), run.out());
        List<FaqVersion> versions = FaqStore.open(faq, Clock.systemUTC()).versions();
        assertEquals("import 2 digests", versions.get(0).reason(), "one version for the whole folder: " + versions);
        assertEquals(2, versions.size(), versions.toString());
    }

    @Test
    void the_faq_folder_comes_from_the_config_file_when_faq_is_not_given() throws Exception {
        Path faq = faqFolder();
        Path config = Files.writeString(dir.resolve("digestbot.json"),
                "{\"faq\": {\"dir\": \"" + faq.toString().replace("\\", "\\\\") + "\"}}");
        Path file = Files.writeString(dir.resolve("sofa-weekly-20210716.md"), DIGEST);

        CommandRun run = CommandRun.of("import", "--config", config.toString(), file.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(1, FaqFiles.readEntries(faq).size());
    }

    @Test
    void a_dry_run_prints_the_report_and_writes_nothing() throws Exception {
        Path faq = faqFolder();
        Path file = Files.writeString(dir.resolve("sofa-weekly-20210716.md"), DIGEST);

        CommandRun run = CommandRun.of("import", "--dry-run", "--faq", faq.toString(), file.toString());

        assertEquals(0, run.code(), run.err());
        assertFalse(Files.exists(faq.resolve("entries.json")));
        assertTrue(run.out().contains("would be 1 created"), run.out());
        assertTrue(run.out().contains("dry run, nothing written: 1 digests (0 failed): 1 items found"), run.out());
    }

    @Test
    void bad_files_are_named_and_the_other_files_still_import() throws Exception {
        Path faq = faqFolder();
        Path latin1 = Files.write(dir.resolve("a-latin1.md"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        Path notes = Files.writeString(dir.resolve("b-notes.md"), "# Notes\n\njust notes\n");
        Path good = Files.writeString(dir.resolve("sofa-weekly-20210716.md"), DIGEST);

        CommandRun run = CommandRun.of("import", "--faq", faq.toString(), latin1.toString(), notes.toString(),
                dir.resolve("missing.md").toString(), good.toString());

        assertEquals(1, run.code());
        assertTrue(run.err().contains(latin1 + ": not UTF-8 text"), run.err());
        assertTrue(run.err().contains(notes + ": no Q&A section"), run.err());
        assertTrue(run.err().contains("missing.md: no such file or folder"), run.err());
        assertEquals(1, FaqFiles.readEntries(faq).size());
    }

    /** Issue 16: {@code import /etc} found no digest, imported nothing and exited 0. */
    @Test
    void a_folder_without_digests_fails_with_a_line_naming_it() throws Exception {
        Path faq = faqFolder();
        Path empty = Files.createDirectories(dir.resolve("no-digests"));
        Files.writeString(empty.resolve("notes.txt"), "not a digest");

        CommandRun run = CommandRun.of("import", "--faq", faq.toString(), empty.toString());

        assertEquals(1, run.code());
        assertEquals(List.of("import: " + empty + ": no digest (.md file) in the folder"), run.errLines());
        assertTrue(run.out().contains("0 digests (1 failed)"), run.out());
        assertFalse(Files.exists(faq.resolve("entries.json")));
    }

    @Test
    void bad_usage_exits_with_code_two_and_one_line() throws Exception {
        Path faq = faqFolder();
        for (List<String> args : List.of(List.of("import", "--faq", faq.toString()), List.of("import", "--frobnicate", "x.md"),
                List.of("import", "x.md", "--faq"))) {
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            assertEquals(2, run.code(), args.toString());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("digestbot: ") && run.err().endsWith("(see: digestbot import --help)\n"),
                    run.err());
        }
    }
}
