package dev.digestbot.faq;

import static dev.digestbot.testing.FaqFixtures.delete;
import static dev.digestbot.testing.FaqFixtures.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.testing.FaqFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
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
        put(store, entry("new-1", "how?"));
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
        put(store, twin("a", null), twin("b", "a"), twin("c", "b"), twin("d", null));
        FaqSnapshot snapshot = store.snapshot();

        List<String> group = snapshot.twins(snapshot.entry("c").orElseThrow()).stream().map(Entry::id).toList();
        assertEquals(List.of("a", "b", "c"), group);
        assertEquals(List.of("d"), snapshot.twins(snapshot.entry("d").orElseThrow()).stream().map(Entry::id).toList());
    }

    @Test
    void a_same_as_link_to_no_entry_or_in_a_cycle_is_refused() throws Exception {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new FaqSnapshot(1, List.of(), List.of(twin("a", "nowhere"))));
        assertEquals("entry a: sameAs: \"nowhere\" (expected: the id of another entry)", missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new FaqSnapshot(1, List.of(), List.of(twin("a", "b"), twin("b", "a"))));
        assertThrows(IllegalArgumentException.class, () -> twin("a", "a"));

        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        FaqChangeRefused refused = assertThrows(FaqChangeRefused.class, () -> put(store, twin("a", "nowhere")));
        assertEquals(FaqChangeRefused.Reason.UNKNOWN_ENTRY, refused.reason());
        assertThrows(FaqChangeRefused.class, () -> put(store, twin("a", "b"), twin("b", "a")));
    }

    @Test
    void deleting_the_entry_twins_point_at_keeps_the_others_one_group() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        put(store, twin("a", null), twin("b", "a"), twin("c", "a"));

        delete(store, "a");

        FaqSnapshot snapshot = FaqStore.open(dir, CLOCK).snapshot();
        assertEquals(null, snapshot.entry("b").orElseThrow().sameAs());
        assertEquals("b", snapshot.entry("c").orElseThrow().sameAs());
    }

    @Test
    void writing_the_same_content_again_changes_nothing() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        FaqSnapshot first = put(store, entry("new-1", "how?"));
        assertSame(first, put(store, entry("new-1", "how?")));
    }

    @Test
    void deletes_by_id_and_refuses_an_id_it_does_not_have() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        delete(store, "mosn-k8s");
        FaqChangeRefused refused = assertThrows(FaqChangeRefused.class, () -> delete(store, "mosn-k8s"));
        assertEquals(FaqChangeRefused.Reason.NO_SUCH_ENTRY, refused.reason());
        assertTrue(FaqStore.open(dir, CLOCK).snapshot().entry("mosn-k8s").isEmpty());
    }

    @Test
    void a_change_is_written_whole_or_not_at_all() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        FaqSnapshot before = store.snapshot();
        FaqChange change = FaqChange.of("two steps", List.of(new FaqChange.CreateEntry(entry("new-1", "how?")),
                new FaqChange.DeleteEntry("no-such-entry")));
        assertThrows(FaqChangeRefused.class, () -> store.apply(change));
        assertSame(before, store.snapshot());
        assertTrue(FaqStore.open(dir, CLOCK).snapshot().entry("new-1").isEmpty());
    }

    @Test
    void a_change_based_on_an_older_version_is_refused_with_the_current_one() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        long read = store.snapshot().version();
        put(store, entry("new-1", "how?"));
        FaqChange late = FaqChange.of(new FaqChange.DeleteEntry("new-1")).basedOn(OptionalLong.of(read));

        FaqChangeRefused refused = assertThrows(FaqChangeRefused.class, () -> store.apply(late));

        assertEquals(FaqChangeRefused.Reason.STALE_VERSION, refused.reason());
        assertEquals(read + 1, refused.currentVersion());
        assertTrue(store.snapshot().entry("new-1").isPresent());
        store.apply(late.basedOn(OptionalLong.of(read + 1)));
        assertTrue(store.snapshot().entry("new-1").isEmpty());
    }

    @Test
    void entries_name_their_project_by_its_canonical_name_and_an_unknown_one_is_refused() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        Entry byAlias = entry("by-alias", "how?").withProject("sofa registry");
        assertEquals("SOFARegistry", put(store, byAlias).entry("by-alias").orElseThrow().project());

        FaqChangeRefused refused = assertThrows(FaqChangeRefused.class,
                () -> put(store, entry("nowhere", "how?").withProject("NoSuchProject")));
        assertEquals(FaqChangeRefused.Reason.UNKNOWN_PROJECT, refused.reason());
        assertEquals("project: \"NoSuchProject\" (expected: the name or an alias of a project)", refused.detail());
    }

    @Test
    void files_are_pretty_printed_one_element_per_line_with_no_temp_files_left() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        put(store, entry("new-1", "how?"));
        String text = Files.readString(dir.resolve(FaqFiles.ENTRIES));
        assertTrue(text.startsWith("[\n  {\n    \"id\" : "), text.substring(0, 40));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("entries.json", "projects.json"),
                    files.map(p -> p.getFileName().toString())
                            .filter(name -> !name.equals(FaqVersions.FOLDER)).sorted().toList());
        }
    }

    /** Issue 16, item 6: temp files of a killed write were never removed; a write turned the files 0600. */
    @Test
    void opening_removes_temp_files_a_crash_left_and_a_write_keeps_the_file_mode() throws Exception {
        FaqFixtures.write(dir);
        Path leftover = Files.writeString(dir.resolve(".entries.json.12345.tmp"), "[");
        Path other = Files.writeString(dir.resolve("notes.tmp"), "mine");
        Files.setPosixFilePermissions(dir.resolve(FaqFiles.ENTRIES), PosixFilePermissions.fromString("rw-r--r--"));

        FaqStore store = FaqStore.open(dir, CLOCK);
        put(store, entry("new-1", "how?"));

        assertTrue(Files.notExists(leftover));
        assertTrue(Files.exists(other), "only the store's own temp files are removed");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(FaqFiles.ENTRIES))));
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

    /** Issue 16, item 1: a deleted entries.json reloaded as an empty FAQ with no problem reported. */
    @Test
    void a_deleted_entries_file_is_a_problem_and_the_last_good_faq_keeps_serving() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        AtomicReference<String> problem = new AtomicReference<>();
        store.onProblem(problem::set);
        FaqSnapshot good = store.snapshot();

        Files.delete(dir.resolve(FaqFiles.ENTRIES));

        FaqFormatException e = assertThrows(FaqFormatException.class, store::reload);
        assertEquals(dir.resolve(FaqFiles.ENTRIES) + ": file is missing", e.getMessage());
        assertEquals(e.getMessage(), problem.get());
        assertSame(good, store.snapshot());
        FaqFiles.writeEntries(dir, FaqFixtures.ENTRIES);
        store.reload();
        assertNull(problem.get());
    }

    /** Issue 16, item 2: a hand edit naming a project that does not exist was served without its link. */
    @Test
    void a_hand_edit_is_held_to_the_rules_of_the_admin_api_and_named_with_its_line() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        String entries = Files.readString(dir.resolve(FaqFiles.ENTRIES));
        Files.writeString(dir.resolve(FaqFiles.ENTRIES), entries.replace("\"MOSN\"", "\"NoSuchProject\""));

        FaqFormatException e = assertThrows(FaqFormatException.class, store::reload);

        int line = entries.lines().toList().indexOf("    \"id\" : \"mosn-k8s\","); // its "{" is the line before
        assertEquals(dir.resolve(FaqFiles.ENTRIES) + ":" + line
                + ": project: \"NoSuchProject\" (expected: the name or an alias of a project)", e.getMessage());
        Files.writeString(dir.resolve(FaqFiles.ENTRIES), entries.replace("\"MOSN\"", "\"mosn\""));
        assertEquals("MOSN", store.reload().entry("mosn-k8s").orElseThrow().project(), "an alias is the project");
    }

    /** Issue 16, item 3: an admin write rewrote a broken hand edit from the last good version. */
    @Test
    void a_write_while_a_hand_edit_does_not_load_is_refused_and_the_edit_stays() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        String broken = "[\n  {\n    \"id\" : \"x\",\n    \"question\" : \n";
        Files.writeString(dir.resolve(FaqFiles.ENTRIES), broken);

        FaqChangeRefused refused = assertThrows(FaqChangeRefused.class, () -> put(store, entry("new-1", "how?")));

        assertEquals(FaqChangeRefused.Reason.FILES_BROKEN, refused.reason());
        assertTrue(refused.detail().startsWith(dir.resolve(FaqFiles.ENTRIES) + ":5: "), refused.detail());
        assertTrue(refused.detail().contains(dir.resolve(".versions").resolve("1").toString()), refused.detail());
        assertTrue(Files.isDirectory(dir.resolve(".versions").resolve("1")), "the served version is kept to copy back");
        assertEquals(broken, Files.readString(dir.resolve(FaqFiles.ENTRIES)));
    }

    @Test
    void a_hand_edit_not_yet_picked_up_is_loaded_before_a_write_and_makes_older_bases_stale() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        long read = store.snapshot().version();
        List<Entry> edited = new ArrayList<>(FaqFixtures.ENTRIES);
        edited.add(entry("by-hand", "written in the file"));
        FaqFiles.writeEntries(dir, edited);

        FaqChange change = FaqChange.of(new FaqChange.CreateEntry(entry("new-1", "how?")));
        assertEquals(FaqChangeRefused.Reason.STALE_VERSION, assertThrows(FaqChangeRefused.class,
                () -> store.apply(change.basedOn(OptionalLong.of(read)))).reason());
        FaqSnapshot written = store.apply(change);

        assertTrue(written.entry("by-hand").isPresent(), "the hand edit is not lost");
        assertTrue(FaqStore.open(dir, CLOCK).snapshot().entry("by-hand").isPresent());
        assertEquals(List.of("create entry new-1", "hand edit", "loaded"),
                store.versions().stream().map(FaqVersion::reason).toList());
    }

    @Test
    void an_entry_without_required_fields_is_rejected_at_load() throws Exception {
        FaqFixtures.write(dir);
        Files.writeString(dir.resolve(FaqFiles.ENTRIES), "[{\"id\":\"a\",\"answer\":\"x\"}]");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> FaqStore.open(dir, CLOCK));
        assertTrue(e.getMessage().contains("question"), e.getMessage());
    }

    @Test
    void duplicate_ids_are_rejected_at_load_with_the_line_of_the_second() throws Exception {
        FaqFixtures.write(dir);
        Files.writeString(dir.resolve(FaqFiles.ENTRIES),
                "[{\"id\":\"a\",\"question\":\"q\",\"answer\":\"x\"},\n{\"id\":\"a\",\"question\":\"q\",\"answer\":\"y\"}]");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> FaqStore.open(dir, CLOCK));
        assertEquals(dir.resolve(FaqFiles.ENTRIES) + ":2: id: \"a\" (expected: an id no other entry has)", e.getMessage());
    }
}
