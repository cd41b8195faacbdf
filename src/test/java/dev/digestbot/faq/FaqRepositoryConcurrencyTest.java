package dev.digestbot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.digest.DigestImporter;
import dev.digestbot.digest.ImportPlan;
import dev.digestbot.testing.FaqFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 2: admin checks ran outside the store's lock, so two requests could race (a
 * project deleted while an entry was created for it), and an import planned on one snapshot
 * wrote over whatever changed before it applied. Each write is now one change set, checked and
 * written under one lock, optionally against a base version.
 */
class FaqRepositoryConcurrencyTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static Entry entry(String id, String project) {
        return new Entry(id, "问题 " + id + " 怎么办？", List.of(), "答案 " + id + "。", project, null, null,
                List.of(), List.of(), null, null, null);
    }

    private static Project project(String name) {
        return new Project(name, "https://github.com/example/" + name.toLowerCase(), List.of());
    }

    /** Runs the tasks at once, each from the same starting line; their outcomes in order. */
    private List<Object> race(List<Callable<Object>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return task.call();
                } catch (FaqChangeRefused e) {
                    return e.reason();
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static void assertEveryEntryNamesAProject(FaqSnapshot faq) {
        for (Entry e : faq.entries()) {
            assertTrue(e.project() == null || faq.project(e.project()).isPresent(), e.id() + " names " + e.project());
        }
    }

    @RepeatedTest(20)
    void an_entry_created_for_a_project_being_deleted_either_keeps_the_project_or_is_refused() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), Clock.systemUTC());
        store.apply(FaqChange.of(new FaqChange.CreateProject(project("Nacos"))));

        List<Object> outcomes = race(List.of(
                () -> store.apply(FaqChange.of(new FaqChange.CreateEntry(entry("nacos-1", "Nacos")))),
                () -> store.apply(FaqChange.of(new FaqChange.DeleteProject("Nacos")))));

        FaqSnapshot after = FaqStore.open(dir, Clock.systemUTC()).snapshot();
        assertEveryEntryNamesAProject(after);
        boolean entryWon = outcomes.get(1) == FaqChangeRefused.Reason.PROJECT_IN_USE;
        boolean deleteWon = outcomes.get(0) == FaqChangeRefused.Reason.UNKNOWN_PROJECT;
        assertTrue(entryWon != deleteWon, "exactly one wins: " + outcomes);
        assertEquals(entryWon, after.entry("nacos-1").isPresent());
        assertEquals(entryWon, after.project("Nacos").isPresent());
    }

    @Test
    void an_import_planned_before_an_admin_edit_is_refused_and_the_edit_survives() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), Clock.systemUTC());
        DigestImporter importer = new DigestImporter(store);
        String digest = Files.readString(Path.of("faq", "digests", "sofa-weekly-qa.md"));
        importer.importText("sofa-weekly-qa.md", digest, false);
        Entry imported = store.snapshot().entry("sofa-weekly-qa-1").orElseThrow();

        ImportPlan plan = importer.plan("sofa-weekly-qa.md", digest.replace(imported.answer(), "新的答案。"),
                store.snapshot());
        store.apply(FaqChange.of(new FaqChange.EditEntry(imported.id(),
                old -> old.withAlternates(List.of("an operator's phrasing")))));

        FaqChangeRefused refused = org.junit.jupiter.api.Assertions.assertThrows(FaqChangeRefused.class,
                () -> importer.apply(List.of(plan)));
        assertEquals(FaqChangeRefused.Reason.STALE_VERSION, refused.reason());
        Entry after = store.snapshot().entry(imported.id()).orElseThrow();
        assertEquals(List.of("an operator's phrasing"), after.alternates());
        assertEquals(imported.answer(), after.answer());

        importer.apply(List.of(importer.plan("sofa-weekly-qa.md", digest.replace(imported.answer(), "新的答案。"),
                store.snapshot())));
        Entry reimported = store.snapshot().entry(imported.id()).orElseThrow();
        assertEquals("新的答案。", reimported.answer(), "planned again on the current version, it applies");
        assertEquals(List.of("an operator's phrasing"), reimported.alternates());
    }

    @Test
    void imports_racing_admin_edits_lose_no_acknowledged_write() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), Clock.systemUTC());
        DigestImporter importer = new DigestImporter(store);
        String digest = Files.readString(Path.of("faq", "digests", "sofa-weekly-qa.md"));
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = "edit-" + i;
            tasks.add(() -> store.apply(FaqChange.of(new FaqChange.CreateEntry(entry(id, "Seata")))));
            tasks.add(() -> importer.importText("sofa-weekly-qa.md", digest, false));
        }
        List<Object> outcomes = race(tasks);

        FaqSnapshot after = FaqStore.open(dir, Clock.systemUTC()).snapshot();
        for (int i = 0; i < 20; i++) {
            assertTrue(after.entry("edit-" + i).isPresent(), "edit-" + i + ": " + outcomes.get(2 * i));
            Object imported = outcomes.get(2 * i + 1);
            assertTrue(imported instanceof dev.digestbot.digest.DigestReport
                    || imported == FaqChangeRefused.Reason.STALE_VERSION, "an import applies or is stale: " + imported);
        }
        assertEquals(outcomes.stream().anyMatch(o -> o instanceof dev.digestbot.digest.DigestReport),
                after.entry("sofa-weekly-qa-1").isPresent());
    }

    @Test
    void a_hundred_mixed_concurrent_writes_lose_no_update_and_leave_no_entry_without_its_project() throws Exception {
        FaqStore store = FaqStore.open(FaqFixtures.write(dir), Clock.systemUTC());
        for (int p = 0; p < 5; p++) {
            store.apply(FaqChange.of(new FaqChange.CreateProject(project("P" + p))));
        }
        long start = store.snapshot().version();
        Set<String> acknowledgedAlternates = ConcurrentHashMap.newKeySet();
        acknowledgedAlternates.addAll(store.snapshot().entry("mosn-k8s").orElseThrow().alternates());
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            tasks.add(switch (n % 4) {
                case 0 -> () -> store.apply(FaqChange.of(new FaqChange.CreateEntry(entry("e-" + n, "P" + n % 5))));
                case 1 -> () -> {
                    // read, modify, write on one entry from many threads: every alternate must stay
                    FaqSnapshot s = store.apply(FaqChange.of(new FaqChange.EditEntry("mosn-k8s",
                            old -> old.withAlternates(append(old.alternates(), "phrasing " + n)))));
                    acknowledgedAlternates.add("phrasing " + n);
                    return s;
                };
                case 2 -> () -> store.apply(FaqChange.of(new FaqChange.DeleteProject("P" + n % 5)));
                default -> () -> store.apply(FaqChange.of(new FaqChange.ReplaceProject(
                        new Project("P" + n % 5, "https://example.org/" + n, List.of("p" + n % 5 + "-alias")))));
            });
        }
        List<Object> outcomes = race(tasks);

        FaqSnapshot served = store.snapshot();
        FaqSnapshot onDisk = FaqStore.open(dir, Clock.systemUTC()).snapshot();
        assertEquals(served.entries(), onDisk.entries());
        assertEquals(served.projects(), onDisk.projects());
        assertEveryEntryNamesAProject(onDisk);
        assertEquals(acknowledgedAlternates, new HashSet<>(onDisk.entry("mosn-k8s").orElseThrow().alternates()));
        List<Set<Object>> expected = List.of(Set.of(FaqChangeRefused.Reason.UNKNOWN_PROJECT), Set.of(),
                Set.of(FaqChangeRefused.Reason.PROJECT_IN_USE, FaqChangeRefused.Reason.NO_SUCH_PROJECT),
                Set.of(FaqChangeRefused.Reason.NO_SUCH_PROJECT));
        for (int i = 0; i < 100; i++) {
            Object outcome = outcomes.get(i);
            assertTrue(outcome instanceof FaqSnapshot || expected.get(i % 4).contains(outcome), i + ": " + outcome);
        }
        for (int i = 0; i < 100; i += 4) {
            assertEquals(outcomes.get(i) instanceof FaqSnapshot, onDisk.entry("e-" + i).isPresent(), "e-" + i);
        }
        long applied = outcomes.stream().filter(o -> o instanceof FaqSnapshot).count();
        assertTrue(served.version() - start <= applied, "at most one version per applied write");
    }

    private static List<String> append(List<String> list, String item) {
        List<String> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
