package dev.digestbot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.testing.Eventually;
import dev.digestbot.testing.FaqFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqWatcherTest {

    @TempDir
    Path dir;

    @Test
    void a_hand_edit_is_served_without_a_restart_and_a_broken_one_is_reported_until_fixed()
            throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), Clock.systemUTC());
        AtomicReference<String> problem = new AtomicReference<>("not yet told");
        store.onProblem(problem::set);
        try (FaqRepository.Watch watcher = store.watch(Duration.ofMillis(20))) {
            Entry added = new Entry("by-hand", "手写的问题？", List.of(), "手写的答案。", "MOSN", null,
                    null, List.of(), List.of(), null, null, null);
            List<Entry> edited = new java.util.ArrayList<>(FaqFixtures.ENTRIES);
            edited.add(added);
            FaqFiles.writeEntries(dir, edited);
            Eventually.holds(() -> store.snapshot().entry("by-hand").isPresent(), "hand edit served");
            Eventually.holds(() -> problem.get() == null, "no problem reported");
            FaqSnapshot good = store.snapshot();

            Files.writeString(dir.resolve(FaqFiles.ENTRIES), "[\n  {\n    \"id\" : \"x\",\n    \"question\" :\n]\n");
            Eventually.holds(() -> problem.get() != null, "problem reported");
            assertTrue(problem.get().contains("entries.json:5"), problem.get());
            assertEquals(good, store.snapshot(), "last good snapshot keeps serving");

            FaqFiles.writeEntries(dir, FaqFixtures.ENTRIES);
            Eventually.holds(() -> problem.get() == null, "problem cleared");
            assertTrue(store.snapshot().entry("by-hand").isEmpty());
        }
    }
}
