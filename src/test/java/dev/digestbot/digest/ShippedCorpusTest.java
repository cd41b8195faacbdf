package dev.digestbot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.cli.Main;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqFiles;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.faq.Followup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curated corpus the jar serves by default ({@code faq/}) holds what a maintainer promises
 * before putting it in front of a group: it is the import of {@code faq/digests} plus hand
 * curation, every entry names its project or says why it has none, reads as chat text, has
 * phrasings of its own, and entries that repeat a question are linked.
 */
final class ShippedCorpusTest {

    private static final Path FAQ = Path.of("faq");
    private static final Pattern HTML = Pattern.compile("(?i)</?\\s*(br|p|div|span|img|a|b|strong|em)\\b[^>]*>");
    private static final Pattern MARKDOWN = Pattern.compile("!\\[[^\\]]*]\\(|\\[[^\\]]+]\\([^)]*\\)|\\*\\*");
    private static final Pattern ASKER = Pattern.compile("^\\s*@[^\\s@]{1,20}\\s*(提问|[：:])|提问\\s*[：:]");
    private static final Pattern CUT = Pattern.compile("[，、：:（(\\[“]$");

    private static FaqSnapshot faq;

    @BeforeAll
    static void load() throws Exception {
        faq = FaqStore.open(FAQ, Clock.systemUTC()).snapshot();
    }

    /** Every text a reader sees in a reply or a suggestion, named for messages. */
    private static List<String[]> texts(Entry e) {
        List<String[]> texts = new ArrayList<>();
        texts.add(new String[] {e.id() + " question", e.question()});
        texts.add(new String[] {e.id() + " answer", e.answer()});
        for (int i = 0; i < e.followups().size(); i++) {
            Followup f = e.followups().get(i);
            texts.add(new String[] {e.id() + " followup " + i + " question", f.question()});
            texts.add(new String[] {e.id() + " followup " + i + " answer", f.answer()});
        }
        return texts;
    }

    @Test
    void it_holds_every_digest_and_reimporting_them_changes_nothing(@TempDir Path copy) throws Exception {
        Files.copy(FAQ.resolve(FaqFiles.PROJECTS), copy.resolve(FaqFiles.PROJECTS));
        Files.copy(FAQ.resolve(FaqFiles.ENTRIES), copy.resolve(FaqFiles.ENTRIES));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(out, true, StandardCharsets.UTF_8);

        int code = Main.run(List.of("import", "--faq", copy.toString(), "--dry-run", FAQ.resolve("digests").toString()),
                System.in, sink, sink);

        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, report);
        assertTrue(report.contains("(0 created, 0 updated,") && report.contains(" 0 removed,"), report);
        try (Stream<Path> digests = Files.list(FAQ.resolve("digests"))) {
            assertEquals(159, digests.filter(p -> p.toString().endsWith(".md")).count(), "158 digests and the seed");
        }
        assertTrue(faq.entries().size() >= 460, "entries: " + faq.entries().size());
    }

    @Test
    void every_entry_names_its_project_or_says_why_it_has_none() {
        for (Entry e : faq.entries()) {
            if (e.project() != null) {
                assertTrue(faq.project(e.project()).isPresent(), e.id() + ": unknown project " + e.project());
            } else {
                assertTrue(e.tags().stream().anyMatch(t -> t.startsWith("general: ")),
                        e.id() + ": no project and no \"general: <why>\" tag");
            }
        }
    }

    @Test
    void every_text_reads_as_chat_text() {
        List<String> bad = new ArrayList<>();
        for (Entry e : faq.entries()) {
            if (!e.enabled()) {
                continue;
            }
            for (String[] named : texts(e)) {
                String prose = named[1].lines().filter(line -> !line.startsWith(" ") && !line.strip().startsWith("<"))
                        .reduce("", (a, b) -> a + "\n" + b);
                if (HTML.matcher(prose).find() || MARKDOWN.matcher(prose).find()) {
                    bad.add(named[0] + ": markup: " + named[1]);
                }
                if (CUT.matcher(named[1].strip()).find()) {
                    bad.add(named[0] + ": ends mid-sentence: " + named[1]);
                }
            }
            if (ASKER.matcher(e.question()).find()) {
                bad.add(e.id() + " question: names its asker: " + e.question());
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void every_entry_has_at_least_three_phrasings_of_its_own() {
        for (Entry e : faq.entries()) {
            assertTrue(e.alternates().size() >= 3, e.id() + ": " + e.alternates().size() + " alternates");
            assertTrue(e.alternates().stream().noneMatch(a -> a.equals(e.question())), e.id() + ": an alternate repeats the question");
        }
    }

    @Test
    void entries_asking_the_same_question_are_linked_and_disabled_ones_say_why() {
        List<Entry> entries = faq.entries();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                Entry a = entries.get(i);
                Entry b = entries.get(j);
                if (Twins.sameQuestion(a.question(), b.question())) {
                    assertTrue(faq.twins(a).contains(b), a.id() + " and " + b.id() + " ask the same question unlinked");
                }
            }
        }
        for (Entry e : entries) {
            assertTrue(e.disabled() == null || e.disabled().length() >= 10, e.id() + ": disabled without a reason");
        }
        assertTrue(entries.stream().filter(e -> e.disabled() != null).count() < entries.size() / 20,
                "only entries that cannot stand alone are disabled");
    }
}
