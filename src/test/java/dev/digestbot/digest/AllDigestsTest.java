package dev.digestbot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqFiles;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.faq.Followup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports every digest of the repository ({@code faq/digests}: the 158 published ones and the
 * seed) with the shipped projects and checks the import targets.
 */
final class AllDigestsTest {

    private static final Pattern QA_START = Pattern.compile("问答提炼|issue\\s*精选");
    private static final Pattern ANSWER = Pattern.compile("^[\\s\\u00a0]*\\**A\\**\\s*[：:].*");
    private static final Pattern IMAGE_ONLY = Pattern.compile("^>?\\s*!\\[[^\\]]*]\\([^)]*\\)\\s*$");

    @TempDir
    Path faq;

    /**
     * The independent count: in a Q&A section, every {@code >} quote that an {@code A：} line
     * follows is one question turn, whatever the item headers look like.
     */
    private static int quotedTurns(List<String> lines) {
        int turns = 0;
        boolean inSection = false;
        boolean quoted = false;
        for (String line : lines) {
            String plain = line.strip();
            if (QA_START.matcher(line).find() && (plain.startsWith("#") || plain.startsWith("**"))) {
                inSection = true;
            } else if (plain.startsWith("#")) {
                inSection = false;
                quoted = false;
            } else if (inSection && plain.startsWith(">") && !IMAGE_ONLY.matcher(plain).matches()
                    && plain.length() > 1) {
                quoted = true;
            } else if (inSection && quoted && ANSWER.matcher(line).matches()) {
                turns++;
                quoted = false;
            }
        }
        return turns;
    }

    @Test
    void all_published_digests_import_within_the_targets() throws Exception {
        Path folder = Path.of("faq", "digests");
        FaqFiles.writeProjects(faq, FaqFiles.readProjects(Path.of("faq")));
        DigestImporter importer = new DigestImporter(FaqStore.open(faq, Clock.systemUTC()));
        int counted = 0;
        int withProject = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            counted += quotedTurns(Files.readAllLines(file));
            withProject += importer.importFile(file, false).withProject();
        }
        FaqSnapshot snapshot = FaqStore.open(faq, Clock.systemUTC()).snapshot();
        List<Entry> entries = snapshot.entries();
        int imported = entries.size() + entries.stream().mapToInt(e -> e.followups().size()).sum();

        assertEquals(159, files.size(), "digests in " + folder);
        assertTrue(imported >= 0.95 * counted,
                "imported question turns: " + imported + " of " + counted + " (expected: >= 95 %)");
        for (Entry e : entries) {
            assertFalse(e.question().isBlank() || e.answer().isBlank(), "empty text in " + e.id());
            for (Followup f : e.followups()) {
                assertFalse(f.question().isBlank() || f.answer().isBlank(), "empty follow-up in " + e.id());
            }
        }
        long linked = entries.stream().filter(e -> snapshot.linkOf(e).isPresent()).count();
        assertEquals(withProject, linked, "entries whose project is in projects.json");
        assertTrue(linked >= 0.9 * entries.size(),
                "entries with a project link: " + linked + " of " + entries.size() + " (expected: >= 90 %)");
    }
}
