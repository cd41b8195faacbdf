package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.testing.FaqFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A FAQ of four entries, as operators start with: its statistics must not make the matcher eager. */
class SmallFaqTest {

    private final Matcher matcher = Matcher.build(new FaqSnapshot(1, FaqFixtures.PROJECTS, FaqFixtures.ENTRIES),
            MatchSettings.defaults());

    @Test
    void aQuestionSharingOnlyTheProjectNameIsNotAnswered() {
        for (String text : List.of("mosn 支持 http3 吗", "sofaregistry 支持多机房部署吗", "seata 支持 postgresql 吗",
                "mosn 能代理 websocket 吗", "registry 有 go 语言的客户端吗")) {
            assertFalse(matcher.match(text).answered(), text);
        }
    }

    @Test
    void paraphrasesOfItsEntriesAreStillAnswered() {
        assertAnswers("seata 多个 tc 节点怎么保证一致性", "seata-tc-cluster");
        assertAnswers("seata 全局锁和 mysql 本地锁是啥关系", "seata-global-lock");
        assertAnswers("mosn 对 k8s 版本有限制吗", "mosn-k8s");
        assertAnswers("sofaregistry data 节点为什么随机连 meta 节点", "registry-meta");
    }

    private void assertAnswers(String text, String entryId) {
        Decision d = matcher.match(text);
        assertEquals(Decision.Verdict.ANSWER, d.verdict(), text);
        assertEquals(entryId, d.entry().id(), text);
    }
}
