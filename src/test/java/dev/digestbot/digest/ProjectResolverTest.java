package dev.digestbot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.digestbot.faq.Project;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ProjectResolverTest {

    private static Optional<String> projectOf(String text, ProjectLine line) {
        DigestItem item = new DigestItem(1, 1, text, "答。", List.of(), "", line);
        return Fixtures.resolver().resolve(item).map(Project::name);
    }

    @Test
    void a_misspelled_project_line_resolves_to_the_canonical_project() {
        assertEquals(Optional.of("SOFARegistry"), projectOf("data 节点？",
                new ProjectLine("SOFARegistery", List.of("https://github.com/sofastack/sofa-registry"))));
    }

    @Test
    void a_plain_url_project_line_resolves_by_its_repository() {
        assertEquals(Optional.of("MOSN"), projectOf("协议转发？",
                new ProjectLine("Mesh", List.of("https://github.com/sofastack/sofa-mosn/issues/1"))));
    }

    @Test
    void when_link_text_and_target_disagree_the_one_the_item_mentions_wins() {
        ProjectLine line = new ProjectLine("SOFARegistery",
                List.of("https://github.com/sofastack/sofa-jraft"));
        assertEquals(Optional.of("SOFAJRaft"), projectOf("jraft 的快照怎么配？", line));
        assertEquals(Optional.of("SOFARegistry"), projectOf("快照怎么配？", line));
    }

    @Test
    void an_item_without_a_project_line_takes_the_product_it_mentions_most() {
        assertEquals(Optional.of("Seata"), projectOf("用 SOFARPC 调用时 seata 的 xid 怎么传？seata AT 模式", null));
        assertEquals(Optional.empty(), projectOf("限流中心能用么？", null));
    }

    @Test
    void names_inside_longer_words_are_not_mentions() {
        assertEquals(Optional.empty(), projectOf("mosnd 和 superseata 是什么？", null));
    }
}
