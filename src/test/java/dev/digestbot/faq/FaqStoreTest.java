package dev.digestbot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.testing.FaqFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Entry entry(String id, String question) {
        return new Entry(id, question, List.of("alt"), "answer of " + id, "Seata", null, null,
                List.of(), List.of(), null, null, null);
    }

    @Test
    void opens_a_folder_and_serves_its_entries_sorted_by_id() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        FaqSnapshot snapshot = store.snapshot();
        assertEquals(FaqFixtures.ENTRIES.size(), snapshot.entries().size());
        List<String> ids = snapshot.entries().stream().map(Entry::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals("https://github.com/seata/seata",
                snapshot.linkOf(snapshot.entry("seata-global-lock").orElseThrow()).orElseThrow());
    }

    @Test
    void a_write_is_on_disk_stamped_and_bumps_the_version() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        long before = store.snapshot().version();
        List<FaqSnapshot> seen = new ArrayList<>();
        store.onChange(seen::add);
        store.putEntries(List.of(entry("new-1", "how?")));
        assertEquals(before + 1, store.snapshot().version());
        assertEquals(2, seen.size(), "listener called at once and after the write");
        Entry stored = FaqStore.open(dir, CLOCK).snapshot().entry("new-1").orElseThrow();
        assertEquals("2026-01-02T03:04:05Z", stored.updated());
        assertEquals(List.of("alt"), stored.alternates());
    }

    private static Entry twin(String id, String sameAs) {
        return entry(id, "same question").withSameAs(sameAs);
    }

    @Test
    void entries_linked_by_same_as_are_one_group_of_twins() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        store.putEntries(List.of(twin("a", null), twin("b", "a"), twin("c", "b"), twin("d", null)));
        FaqSnapshot snapshot = store.snapshot();

        List<String> group = snapshot.twins(snapshot.entry("c").orElseThrow()).stream().map(Entry::id).toList();
        assertEquals(List.of("a", "b", "c"), group);
        assertEquals(List.of("d"), snapshot.twins(snapshot.entry("d").orElseThrow()).stream().map(Entry::id).toList());
    }

    @Test
    void a_same_as_link_to_no_entry_or_in_a_cycle_is_refused() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new FaqSnapshot(1, List.of(), List.of(twin("a", "nowhere"))));
        assertEquals("entry a: sameAs: \"nowhere\" (expected: the id of another entry)", missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new FaqSnapshot(1, List.of(), List.of(twin("a", "b"), twin("b", "a"))));
        assertThrows(IllegalArgumentException.class, () -> twin("a", "a"));
    }

    @Test
    void deleting_the_entry_twins_point_at_keeps_the_others_one_group() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        store.putEntries(List.of(twin("a", null), twin("b", "a"), twin("c", "a")));

        assertTrue(store.deleteEntry("a"));

        FaqSnapshot snapshot = FaqStore.open(dir, CLOCK).snapshot();
        assertEquals(null, snapshot.entry("b").orElseThrow().sameAs());
        assertEquals("b", snapshot.entry("c").orElseThrow().sameAs());
    }

    @Test
    void writing_the_same_content_again_changes_nothing() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        FaqSnapshot first = store.putEntries(List.of(entry("new-1", "how?")));
        assertSame(first, store.putEntries(List.of(entry("new-1", "how?"))));
    }

    @Test
    void deletes_by_id() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        assertTrue(store.deleteEntry("mosn-k8s"));
        assertFalse(store.deleteEntry("mosn-k8s"));
        assertTrue(FaqStore.open(dir, CLOCK).snapshot().entry("mosn-k8s").isEmpty());
    }

    @Test
    void files_are_pretty_printed_one_element_per_line_with_no_temp_files_left() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        store.putEntries(List.of(entry("new-1", "how?")));
        String text = Files.readString(dir.resolve(FaqFiles.ENTRIES));
        assertTrue(text.startsWith("[\n  {\n    \"id\" : "), text.substring(0, 40));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("entries.json", "projects.json"),
                    files.map(p -> p.getFileName().toString())
                            .filter(name -> !name.equals(FaqVersions.FOLDER)).sorted().toList());
        }
    }

    @Test
    void a_malformed_file_names_file_and_line() throws Exception {
        FaqFixtures.write(dir);
        Files.writeString(dir.resolve(FaqFiles.ENTRIES), "[\n  {\"id\": \"a\",\n   \"question\": }\n]");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> FaqStore.open(dir, CLOCK));
        assertTrue(e.getMessage().contains("entries.json:3"), e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void reload_keeps_the_last_good_snapshot_when_a_hand_edit_is_broken() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        FaqSnapshot good = store.snapshot();
        Files.writeString(dir.resolve(FaqFiles.ENTRIES), "[{\"id\":");
        assertThrows(FaqFormatException.class, store::reload);
        assertSame(good, store.snapshot());
    }

    @Test
    void an_entry_without_required_fields_is_rejected_at_load() throws Exception {
        FaqFixtures.write(dir);
        Files.writeString(dir.resolve(FaqFiles.ENTRIES), "[{\"id\":\"a\",\"answer\":\"x\"}]");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> FaqStore.open(dir, CLOCK));
        assertTrue(e.getMessage().contains("question"), e.getMessage());
    }

    @Test
    void duplicate_ids_are_rejected_at_load() throws Exception {
        FaqFixtures.write(dir);
        Files.writeString(dir.resolve(FaqFiles.ENTRIES),
                "[{\"id\":\"a\",\"question\":\"q\",\"answer\":\"x\"},{\"id\":\"a\",\"question\":\"q\",\"answer\":\"y\"}]");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> FaqStore.open(dir, CLOCK));
        assertTrue(e.getMessage().contains("duplicate entry id: a"), e.getMessage());
    }
}
