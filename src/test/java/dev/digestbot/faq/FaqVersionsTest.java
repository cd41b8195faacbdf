package dev.digestbot.faq;

import static dev.digestbot.testing.FaqFixtures.delete;
import static dev.digestbot.testing.FaqFixtures.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.testing.FaqFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqVersionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Entry entry(String id, String answer) {
        return new Entry(id, "question of " + id, List.of(), answer, "Seata", null, null,
                List.of(), List.of(), null, null, null);
    }

    private static List<Long> numbers(FaqStore store) throws Exception {
        return store.versions().stream().map(FaqVersion::version).toList();
    }

    @Test
    void every_write_is_kept_as_a_version_listed_newest_first() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        put(store, entry("a", "one"));
        delete(store, "a");
        List<FaqVersion> versions = store.versions();
        assertEquals(List.of(3L, 2L, 1L), versions.stream().map(FaqVersion::version).toList());
        assertEquals(List.of("delete entry a", "create entry a", "loaded"),
                versions.stream().map(FaqVersion::reason).toList());
        assertEquals(FaqFixtures.ENTRIES.size() + 1, versions.get(1).entries());
        assertEquals("2026-01-02T03:04:05Z", versions.get(0).savedAt());
    }

    @Test
    void opening_a_folder_writes_nothing() throws Exception {
        FaqStore.open(FaqFixtures.write(dir), CLOCK);
        assertFalse(Files.exists(dir.resolve(FaqVersions.FOLDER)));
    }

    @Test
    void only_the_newest_versions_are_kept() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK, 3);
        for (int i = 0; i < 5; i++) {
            put(store, entry("a", "answer " + i));
        }
        assertEquals(List.of(6L, 5L, 4L), numbers(store));
    }

    @Test
    void a_rollback_restores_the_earlier_content_as_a_new_version() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        put(store, entry("a", "first"));
        long first = store.snapshot().version();
        put(store, entry("a", "second"));
        delete(store, "mosn-k8s");

        FaqSnapshot rolledBack = store.apply(FaqChange.of(new FaqChange.Restore(first)));

        assertEquals(first + 3, rolledBack.version());
        assertEquals("first", rolledBack.entry("a").orElseThrow().answer());
        assertTrue(rolledBack.entry("mosn-k8s").isPresent());
        assertEquals("first", FaqStore.open(dir, CLOCK).snapshot().entry("a").orElseThrow().answer());
        assertEquals("rollback to " + first, store.versions().get(0).reason());
    }

    @Test
    void a_rollback_to_a_version_that_is_not_kept_changes_nothing() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        FaqSnapshot before = store.snapshot();
        FaqChangeRefused refused = assertThrows(FaqChangeRefused.class,
                () -> store.apply(FaqChange.of(new FaqChange.Restore(42))));
        assertEquals(FaqChangeRefused.Reason.NO_SUCH_VERSION, refused.reason());
        assertEquals(before, store.snapshot());
    }

    @Test
    void version_numbers_keep_increasing_across_restarts() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        put(store, entry("a", "one"));
        put(store, entry("b", "two"));
        assertEquals(3, FaqStore.open(dir, CLOCK).snapshot().version(), "same content, same version");

        FaqFiles.writeEntries(dir, List.of(entry("c", "edited while the bot was down")));
        FaqStore reopened = FaqStore.open(dir, CLOCK);
        assertEquals(4, reopened.snapshot().version());
        put(reopened, entry("d", "four"));
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), numbers(reopened));
    }

    @Test
    void a_file_reformatted_without_changing_its_content_keeps_the_version() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        put(store, entry("a", "one"));
        Path entries = dir.resolve(FaqFiles.ENTRIES);
        Files.writeString(entries, Files.readString(entries).replaceAll("\\n\\s*", ""));
        assertEquals(2, FaqStore.open(dir, CLOCK).snapshot().version());
    }

    @Test
    void a_hand_edit_reloaded_is_a_new_version_and_can_be_rolled_back() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        FaqFiles.writeEntries(dir, List.of(entry("only", "hand edit")));
        assertEquals(2, store.reload().version());
        assertEquals(1, store.snapshot().entries().size());
        store.apply(FaqChange.of(new FaqChange.Restore(1)));
        assertEquals(FaqFixtures.ENTRIES.size(), store.snapshot().entries().size());
    }

    @Test
    void reloading_files_the_store_wrote_itself_is_no_new_version() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), CLOCK);
        FaqSnapshot written = put(store, entry("a", "one"));
        assertEquals(written, store.reload());
    }
}
