package dev.digestbot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.faq.Source;
import dev.digestbot.testing.FaqFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DigestImporterTest {

    private static final String NAME = "sofa-weekly-20210716.md";
    private static final String TWO_ITEMS = Fixtures.digest("""
            **1、@甲** 提问：

            > Seata 的全局锁是什么粒度？

            A：行级别。

            Seata：[https://github.com/seata/seata](https://github.com/seata/seata)

            **2、@乙** 提问：

            > MOSN 支持热升级吗？

            A：支持。
            """);

    @TempDir
    Path dir;

    private FaqStore store() throws Exception {
        return FaqStore.open(Fixtures.faqFolder(dir),
                Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void each_item_becomes_an_entry_with_ordinal_id_source_and_project() throws Exception {
        FaqStore store = store();
        DigestReport report = new DigestImporter(store).importText(NAME, TWO_ITEMS, false);

        assertEquals(List.of("sofa-weekly-20210716-1", "sofa-weekly-20210716-2"), report.created());
        Entry first = store.snapshot().entry("sofa-weekly-20210716-1").orElseThrow();
        assertEquals("Seata 的全局锁是什么粒度？", first.question());
        assertEquals("行级别。", first.answer());
        assertEquals("Seata", first.project());
        assertEquals(new Source(NAME, 1, "2021-07-16", first.source().fingerprint()), first.source());
        assertEquals("MOSN", store.snapshot().entry("sofa-weekly-20210716-2").orElseThrow().project());
    }

    @Test
    void importing_the_same_digest_twice_changes_nothing() throws Exception {
        FaqStore store = store();
        DigestImporter importer = new DigestImporter(store);
        importer.importText(NAME, TWO_ITEMS, false);
        byte[] before = Files.readAllBytes(dir.resolve("entries.json"));
        long version = store.snapshot().version();

        DigestReport again = importer.importText(NAME, TWO_ITEMS, false);

        assertEquals(2, again.unchanged().size());
        assertEquals(version, store.snapshot().version());
        assertEquals(new String(before), Files.readString(dir.resolve("entries.json")));
    }

    @Test
    void reimporting_an_edited_digest_updates_its_entries_and_removes_gone_items() throws Exception {
        FaqStore store = store();
        DigestImporter importer = new DigestImporter(store);
        importer.importText(NAME, TWO_ITEMS, false);

        String edited = TWO_ITEMS.replace("A：行级别。", "A：行级别，按主键。")
                .replaceAll("(?s)\\*\\*2、@乙.*A：支持。", "");
        DigestReport report = importer.importText(NAME, edited, false);

        assertEquals(List.of("sofa-weekly-20210716-1"), report.updated());
        assertEquals(List.of("sofa-weekly-20210716-2"), report.removed());
        assertEquals("行级别，按主键。",
                store.snapshot().entry("sofa-weekly-20210716-1").orElseThrow().answer());
        assertFalse(store.snapshot().entry("sofa-weekly-20210716-2").isPresent());
    }

    @Test
    void entries_edited_by_hand_are_kept_and_alternates_survive_updates() throws Exception {
        FaqStore store = store();
        DigestImporter importer = new DigestImporter(store);
        importer.importText(NAME, TWO_ITEMS, false);
        Entry first = store.snapshot().entry("sofa-weekly-20210716-1").orElseThrow();
        Entry second = store.snapshot().entry("sofa-weekly-20210716-2").orElseThrow();
        Entry handEdited = new Entry(first.id(), first.question(), first.alternates(),
                "行级别（人工补充：按主键）。", first.project(), null, first.source(),
                first.followups(), first.tags(), null, null, null);
        FaqFixtures.put(store, handEdited, second.withAlternates(List.of("mosn 能热升级么")));

        DigestReport report = importer.importText(NAME,
                TWO_ITEMS.replace("A：支持。", "A：支持，见文档。"), false);

        assertEquals(List.of("sofa-weekly-20210716-1: edited by hand"), report.kept());
        assertEquals("行级别（人工补充：按主键）。",
                store.snapshot().entry(first.id()).orElseThrow().answer());
        Entry updated = store.snapshot().entry(second.id()).orElseThrow();
        assertEquals("支持，见文档。", updated.answer());
        assertEquals(List.of("mosn 能热升级么"), updated.alternates());
    }

    @Test
    void curated_fields_survive_an_update_of_the_digest() throws Exception {
        FaqStore store = store();
        DigestImporter importer = new DigestImporter(store);
        importer.importText(NAME, TWO_ITEMS, false);
        Entry first = store.snapshot().entry("sofa-weekly-20210716-1").orElseThrow();
        Entry second = store.snapshot().entry("sofa-weekly-20210716-2").orElseThrow();
        Entry curated = new Entry(second.id(), second.question(), List.of("mosn 热升级", "mosn hot upgrade"),
                second.answer(), second.project(), null, second.source(), second.followups(),
                List.of("checked"), first.id(), "only points at a lost screenshot", null);
        FaqFixtures.put(store, curated);

        importer.importText(NAME, TWO_ITEMS.replace("A：支持。", "A：支持，见文档。"), false);

        Entry updated = store.snapshot().entry(second.id()).orElseThrow();
        assertEquals("支持，见文档。", updated.answer());
        assertEquals(List.of("mosn 热升级", "mosn hot upgrade"), updated.alternates());
        assertEquals(List.of("checked"), updated.tags());
        assertEquals(first.id(), updated.sameAs());
        assertEquals("only points at a lost screenshot", updated.disabled());
    }

    @Test
    void a_question_republished_in_a_later_digest_is_linked_to_the_first() throws Exception {
        FaqStore store = store();
        DigestImporter importer = new DigestImporter(store);
        String later = TWO_ITEMS.replace("2021-07-16", "2021-07-23")
                .replace("Seata 的全局锁是什么粒度？", "请问：seata 的全局锁, 是什么粒度?");
        importer.apply(List.of(
                importer.plan("sofa-weekly-20210723.md", later, store.snapshot()),
                importer.plan(NAME, TWO_ITEMS, store.snapshot())));

        FaqSnapshot snapshot = store.snapshot();
        assertEquals("sofa-weekly-20210716-1", snapshot.entry("sofa-weekly-20210723-1").orElseThrow().sameAs());
        assertEquals("sofa-weekly-20210716-2", snapshot.entry("sofa-weekly-20210723-2").orElseThrow().sameAs());
        assertEquals(null, snapshot.entry("sofa-weekly-20210716-1").orElseThrow().sameAs());

        DigestReport again = importer.importText("sofa-weekly-20210723.md", later, false);
        assertEquals(2, again.unchanged().size(), "re-import changes nothing");
    }

    @Test
    void twins_are_questions_alike_but_for_case_width_and_punctuation() {
        assertTrue(Twins.sameQuestion("SOFAJRaft 跨机房支持吗？", "请问，SOFAJRaft 跨机房支持吗?"));
        assertFalse(Twins.sameQuestion("SOFAJRaft 跨机房支持吗？", "SOFAJRaft 支持 learner 吗？"));
        assertFalse(Twins.sameQuestion("为啥？", "为啥？"), "too short to tell");
    }

    @Test
    void an_entry_written_by_hand_under_the_same_id_is_kept() throws Exception {
        FaqStore store = store();
        FaqFixtures.put(store, new Entry("sofa-weekly-20210716-1", "手写的问题", null, "手写的答案",
                "Seata", null, null, null, null, null, null, null));

        DigestReport report = new DigestImporter(store).importText(NAME, TWO_ITEMS, false);

        assertEquals(List.of("sofa-weekly-20210716-1: the id is taken by an entry written by hand"),
                report.kept());
        assertEquals("手写的答案", store.snapshot().entry("sofa-weekly-20210716-1").orElseThrow().answer());
    }

    @Test
    void a_dry_run_reports_what_would_happen_and_writes_nothing() throws Exception {
        FaqStore store = store();
        DigestReport report = new DigestImporter(store).importText(NAME, TWO_ITEMS, true);

        assertEquals(2, report.created().size());
        assertTrue(store.snapshot().entries().isEmpty());
        assertFalse(Files.exists(dir.resolve("entries.json")));
    }
}
