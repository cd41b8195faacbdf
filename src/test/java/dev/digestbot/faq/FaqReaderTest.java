package dev.digestbot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.digestbot.testing.FaqFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader of the FAQ files: it reads what the store writes, accepts what the readers before it
 * accepted (but a key given twice), and names file, line, field, value and expectation when it
 * refuses.
 */
class FaqReaderTest {

    private static final Path ENTRIES = Path.of("faq", FaqFiles.ENTRIES);
    private static final Path PROJECTS = Path.of("faq", FaqFiles.PROJECTS);

    @TempDir
    Path dir;

    private static List<Entry> entries(String json) throws FaqFormatException {
        return FaqReader.entries(ENTRIES, json.getBytes(StandardCharsets.UTF_8)).items();
    }

    private static String refusedEntries(String json) {
        return assertThrows(FaqFormatException.class, () -> entries(json)).getMessage();
    }

    private static String refusedProjects(String json) {
        return assertThrows(FaqFormatException.class,
                () -> FaqReader.projects(PROJECTS, json.getBytes(StandardCharsets.UTF_8))).getMessage();
    }

    private static String entryWith(String fields) {
        return "[{\"id\":\"a\",\"question\":\"q\",\"answer\":\"x\"," + fields + "}]";
    }

    @Test
    void reads_back_what_the_store_writes() throws Exception {
        FaqFixtures.write(dir);
        Entry full = new Entry("full", "q", List.of("alt 1", "alt 2"), "a", "Seata", "https://x",
                new Source("d.md", 3, "2021-07-16", "f00"), List.of(new Followup("fq", "fa")),
                List.of("t"), null, null, "2026-01-02T03:04:05Z");
        FaqFiles.writeEntries(dir, List.of(full, FaqFixtures.ENTRIES.get(0)));
        assertEquals(List.of(full, FaqFixtures.ENTRIES.get(0)), FaqFiles.readEntries(dir));
        assertEquals(FaqFixtures.PROJECTS, FaqFiles.readProjects(dir));
    }

    @Test
    void optional_fields_may_be_absent_or_null() throws Exception {
        Entry expected = new Entry("a", "q", List.of(), "x", null, null, null, List.of(), List.of(), null, null, null);
        assertEquals(List.of(expected), entries("[{\"id\":\"a\",\"question\":\"q\",\"answer\":\"x\"}]"));
        assertEquals(List.of(expected), entries(entryWith("\"alternates\":null,\"project\":null,"
                + "\"link\":null,\"source\":null,\"followups\":null,\"tags\":null,\"updated\":null")));
        assertEquals(List.of(), entries(" [ ] "));
    }

    @Test
    void accepts_what_data_binding_accepted() throws Exception {
        Entry scalars = entries("[{\"id\":5,\"question\":true,\"answer\":1.50,\"alternates\":[1,false]}]").get(0);
        assertEquals(List.of("5", "true", "1.50", List.of("1", "false")),
                List.of(scalars.id(), scalars.question(), scalars.answer(), scalars.alternates()));
        assertEquals(3, entries(entryWith("\"source\":{\"digest\":\"d\",\"item\":\" 3 \"}")).get(0).source().item());
        assertEquals(3, entries(entryWith("\"source\":{\"digest\":\"d\",\"item\":3.7}")).get(0).source().item());
        assertEquals(100, entries(entryWith("\"source\":{\"digest\":\"d\",\"item\":1e2}")).get(0).source().item());
        assertEquals(1, entries("[{\"id\":\"a\",\"question\":\"q\",\"answer\":\"x\"}] ]").size(),
                "nothing after the array is read");
    }

    @Test
    void a_syntax_error_names_the_line() {
        FaqFormatException e = assertThrows(FaqFormatException.class,
                () -> entries("[\n  {\"id\": \"a\",\n   \"question\": }\n]"));
        assertEquals(3, e.line());
        assertEquals(ENTRIES, e.file());
    }

    @Test
    void a_missing_field_names_the_field_and_the_line_of_its_object() {
        assertEquals("faq/entries.json:2: question: missing (expected: a string)",
                refusedEntries("[\n  {\"id\": \"a\",\n   \"answer\": \"x\"}\n]"));
        assertEquals("faq/entries.json:1: question: missing (expected: a string)",
                refusedEntries("[{\"id\":\"a\",\"question\":null,\"answer\":\"x\"}]"));
        assertEquals("faq/entries.json:1: source.item: missing (expected: an integer)",
                refusedEntries(entryWith("\"source\":{\"digest\":\"d\"}")));
        assertEquals("faq/entries.json:1: source.digest: missing (expected: a string)",
                refusedEntries(entryWith("\"source\":{\"item\":1}")));
        assertEquals("faq/entries.json:1: followups[1].answer: missing (expected: a string)",
                refusedEntries(entryWith("\"followups\":[{\"question\":\"f\",\"answer\":\"g\"},{\"question\":\"f\"}]")));
        assertEquals("faq/projects.json:1: link: missing (expected: a string)",
                refusedProjects("[{\"name\":\"A\"}]"));
    }

    @Test
    void a_value_of_another_kind_names_the_field_what_was_found_and_what_was_expected() {
        assertEquals("faq/entries.json:1: question: an array (expected: a string)",
                refusedEntries("[{\"id\":\"a\",\"question\":[\"q\"],\"answer\":\"x\"}]"));
        assertEquals("faq/entries.json:1: alternates: \"s\" (expected: an array)",
                refusedEntries(entryWith("\"alternates\":\"s\"")));
        assertEquals("faq/entries.json:1: alternates[2]: null (expected: a string)",
                refusedEntries(entryWith("\"alternates\":[\"a\",\"b\",null]")));
        assertEquals("faq/entries.json:1: source: \"d.md\" (expected: an object)",
                refusedEntries(entryWith("\"source\":\"d.md\"")));
        assertEquals("faq/entries.json:1: source.item: \"3.5\" (expected: an integer)",
                refusedEntries(entryWith("\"source\":{\"digest\":\"d\",\"item\":\"3.5\"}")));
        assertEquals("faq/entries.json:1: source.item: true (expected: an integer)",
                refusedEntries(entryWith("\"source\":{\"digest\":\"d\",\"item\":true}")));
        assertEquals("faq/entries.json:1: source.item: missing (expected: an integer)",
                refusedEntries(entryWith("\"source\":{\"digest\":\"d\",\"item\":null}")));
        assertEquals("faq/entries.json:1: source.item: 99999999999 (expected: an integer in -2147483648..2147483647)",
                refusedEntries(entryWith("\"source\":{\"digest\":\"d\",\"item\":99999999999}")));
        assertEquals("faq/entries.json:1: followups[0]: null (expected: an object)",
                refusedEntries(entryWith("\"followups\":[null]")));
        assertEquals("faq/projects.json:1: aliases: an object (expected: an array)",
                refusedProjects("[{\"name\":\"A\",\"link\":\"l\",\"aliases\":{}}]"));
    }

    @Test
    void what_a_record_refuses_is_named_with_its_path() {
        assertEquals("faq/entries.json:1: source.item: 0 (expected: >= 1)",
                refusedEntries(entryWith("\"source\":{\"digest\":\"d\",\"item\":0}")));
    }

    @Test
    void an_unknown_field_is_refused_with_the_fields_that_exist() {
        assertEquals("faq/entries.json:1: colour: unknown field (expected one of: id, question, alternates, "
                + "answer, project, link, source, followups, tags, sameAs, disabled, updated)",
                refusedEntries(entryWith("\"colour\":\"red\"")));
        assertEquals("faq/entries.json:1: source.page: unknown field (expected one of: digest, item, date, fingerprint)",
                refusedEntries(entryWith("\"source\":{\"digest\":\"d\",\"item\":1,\"page\":2}")));
        assertEquals("faq/projects.json:1: url: unknown field (expected one of: name, link, aliases)",
                refusedProjects("[{\"name\":\"A\",\"link\":\"l\",\"url\":\"u\"}]"));
    }

    @Test
    void a_key_given_twice_in_one_object_is_refused_with_its_line() {
        assertEquals("faq/entries.json:2: id: duplicate key (expected: each key once in an object)",
                refusedEntries("[{\"id\":\"a\",\"question\":\"q\",\"answer\":\"x\",\n\"id\":\"b\"}]"));
    }

    @Test
    void each_element_is_read_with_the_line_it_starts_on() throws Exception {
        FaqFile<Entry> file = FaqReader.entries(ENTRIES, ("[\n  {\"id\":\"a\",\"question\":\"q\",\"answer\":\"x\"},\n\n"
                + "  {\"id\":\"b\",\n   \"question\":\"q\",\"answer\":\"x\"}\n]").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(2, 4), file.lines());
    }

    @Test
    void syntax_errors_are_told_in_plain_words() {
        assertEquals("faq/entries.json:3: unexpected character '}' (expected: a value)",
                refusedEntries("[\n  {\"id\": \"a\",\n   \"question\": }\n]"));
        assertEquals("faq/entries.json:1: the text ends too early (expected: the rest of an object, array or string)",
                refusedEntries("[{\"id\": \"a\""));
    }

    @Test
    void the_file_must_hold_an_array_of_objects() {
        assertEquals("faq/entries.json:1: no content (expected: a JSON array of entries)", refusedEntries("  "));
        assertEquals("faq/entries.json:1: null (expected: a JSON array of entries)", refusedEntries("null"));
        assertEquals("faq/entries.json:1: an object (expected: a JSON array of entries)", refusedEntries("{}"));
        assertEquals("faq/projects.json:2: null (expected: an object)", refusedProjects("[\n null]"));
        assertEquals("faq/entries.json:1: \"a very long string that goes on and on a…\" (expected: an object)",
                refusedEntries("[\"a very long string that goes on and on and on and on\"]"));
    }
}
