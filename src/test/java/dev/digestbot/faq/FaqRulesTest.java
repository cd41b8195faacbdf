package dev.digestbot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.FaqChangeRefused.Reason;
import dev.digestbot.testing.FaqFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules every FAQ keeps, whichever way it was written. */
class FaqRulesTest {

    private static Entry entry(String id, String question, String answer) {
        return new Entry(id, question, List.of(), answer, "Seata", null, null, List.of(), List.of(), null, null, null);
    }

    private static Optional<FaqRules.Violation> check(Entry... extra) {
        List<Entry> entries = new ArrayList<>(FaqFixtures.ENTRIES);
        entries.addAll(List.of(extra));
        return FaqRules.check(FaqFixtures.PROJECTS, entries);
    }

    @Test
    void the_fixture_faq_and_tabs_newlines_and_surrogate_pairs_keep_the_rules() {
        assertEquals(Optional.empty(), check());
        assertEquals(Optional.empty(), check(entry("ok", "第一行\n\t第二行\r\n", "😀 fine")));
    }

    @Test
    void control_characters_and_lone_surrogates_are_refused_with_field_and_position() {
        assertEquals("question: a control character U+0000 at character 3 (expected: text without control characters"
                + " or lone surrogates; tabs and newlines are fine)", check(entry("a", "ab\0", "x")).orElseThrow().detail());
        assertEquals(Reason.INVALID_FIELD, check(entry("a", "q", "\u0085")).orElseThrow().reason());
        assertTrue(check(entry("a", "q", "x\uDC00")).orElseThrow().detail().startsWith("answer: a lone surrogate U+DC00 at character 2"));
        assertTrue(check(entry("a", "q", "x\uD83D")).orElseThrow().detail().startsWith("answer: a lone surrogate U+D83D"));
    }

    @Test
    void a_violation_names_its_list_and_index() {
        FaqRules.Violation v = check(entry("a", "q", "x".repeat(FaqRules.MAX_ANSWER + 1))).orElseThrow();
        assertEquals(new FaqRules.Violation(Reason.TOO_LONG, FaqRules.Kind.ENTRY, FaqFixtures.ENTRIES.size(),
                "answer: 8001 characters (expected: at most 8000)"), v);
        assertEquals(Reason.DUPLICATE_ID, check(entry("mosn-k8s", "q", "a")).orElseThrow().reason());
        assertEquals(Reason.INVALID_FIELD, check(entry("a b", "q", "a")).orElseThrow().reason());
        assertEquals(Reason.UNKNOWN_ENTRY, check(entry("a", "q", "a").withSameAs("nowhere")).orElseThrow().reason());
    }

    @Test
    void names_and_aliases_belong_to_one_project_each() {
        List<Project> projects = new ArrayList<>(FaqFixtures.PROJECTS);
        projects.add(new Project("Fescar", "https://github.com/x/fescar", List.of()));
        FaqRules.Violation v = FaqRules.check(projects, List.of()).orElseThrow();
        assertEquals(new FaqRules.Violation(Reason.DUPLICATE_NAME, FaqRules.Kind.PROJECT, 3,
                "name: \"Fescar\" (expected: a name no other project answers to; Seata does)"), v);
    }

    @Test
    void an_alias_or_a_name_in_another_case_becomes_the_canonical_name() {
        List<Entry> entries = FaqRules.withCanonicalProjects(FaqFixtures.PROJECTS, List.of(
                entry("a", "q", "x").withProject("fescar"), entry("b", "q", "x").withProject("mosn"),
                entry("c", "q", "x").withProject("Nacos")));
        assertEquals(List.of("Seata", "MOSN", "Nacos"), entries.stream().map(Entry::project).toList());
        assertEquals(Reason.UNKNOWN_PROJECT, FaqRules.check(FaqFixtures.PROJECTS, entries).orElseThrow().reason());
    }
}
