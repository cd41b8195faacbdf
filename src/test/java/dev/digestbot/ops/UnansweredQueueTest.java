package dev.digestbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Entry;
import dev.digestbot.match.Candidate;
import dev.digestbot.match.Decision;
import dev.digestbot.match.Normalizer;
import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnansweredQueueTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final UnansweredQueue queue = new UnansweredQueue(100, clock, new Normalizer()::normalize);
    private final Entry seata = FaqFixtures.ENTRIES.get(1);

    private Decision suggest() {
        return new Decision(Decision.Verdict.SUGGEST, 0.3, null, List.of(new Candidate(seata, 0.3)));
    }

    @Test
    void messages_with_the_same_normalized_text_are_one_group_with_a_count_and_last_time_seen() {
        queue.decided("webhook", "请问 seata 支持 oracle 吗？", suggest(), 1);
        clock.advance(Duration.ofMinutes(5));
        queue.decided("wechat", "seata 支持 oracle 吗", Decision.none(List.of()), 1);

        List<UnansweredGroup> groups = queue.list(10);
        assertEquals(1, groups.size());
        UnansweredGroup group = groups.get(0);
        assertEquals(2, group.count());
        assertEquals("请问 seata 支持 oracle 吗？", group.text(), "keeps the first wording");
        assertEquals("2026-03-01T10:05:00Z", group.lastSeenText());
        assertEquals("NONE", group.decision());
        assertNull(group.best(), "the latest decision had no candidate");
    }

    /** Issue 16: these two used to be two groups, one per spelling of case and spacing. */
    @Test
    void case_and_the_spaces_between_chinese_and_latin_words_do_not_split_a_group() {
        queue.decided("webhook", "mosn 怎么开启 http3", Decision.none(List.of()), 1);
        queue.decided("webhook", "MOSN 怎么开启HTTP3", Decision.none(List.of()), 1);
        queue.decided("webhook", "ＭＯＳＮ怎么开启 Http3 ？", Decision.none(List.of()), 1);

        List<UnansweredGroup> groups = queue.list(10);
        assertEquals(1, groups.size(), groups.toString());
        assertEquals(3, groups.get(0).count());
    }

    @Test
    void the_space_between_two_latin_words_still_separates_them() {
        queue.decided("webhook", "seata at mode 怎么用", Decision.none(List.of()), 1);
        queue.decided("webhook", "seata atmode 怎么用", Decision.none(List.of()), 1);
        assertEquals(2, queue.size());
    }

    @Test
    void the_best_candidate_is_kept_with_its_score() {
        queue.decided("webhook", "tc 集群怎么部署比较好", suggest(), 1);
        UnansweredGroup.Best best = queue.list(1).get(0).best();
        assertEquals(seata.id(), best.id());
        assertEquals(0.3, best.score());
    }

    @Test
    void answered_messages_and_chit_chat_are_not_kept() {
        queue.decided("webhook", "seata 的 tc 集群一致性", new Decision(Decision.Verdict.ANSWER, 0.9, seata,
                List.of(new Candidate(seata, 0.9))), 1);
        queue.decided("webhook", "好的，谢谢", Decision.none(List.of()), 1);
        assertEquals(0, queue.size());
    }

    @Test
    void groups_are_listed_most_frequent_first_then_most_recent() {
        queue.decided("webhook", "mosn 怎么开启 tracing", Decision.none(List.of()), 1);
        clock.advance(Duration.ofSeconds(1));
        queue.decided("webhook", "layotto 支持 wasm 吗", Decision.none(List.of()), 1);
        clock.advance(Duration.ofSeconds(1));
        queue.decided("webhook", "sofarpc 超时怎么配置", Decision.none(List.of()), 1);
        queue.decided("webhook", "sofarpc 超时怎么配置", Decision.none(List.of()), 1);
        List<String> order = queue.list(10).stream().map(UnansweredGroup::text).toList();
        assertEquals(List.of("sofarpc 超时怎么配置", "layotto 支持 wasm 吗", "mosn 怎么开启 tracing"), order);
        assertEquals(2, queue.list(2).size());
    }

    @Test
    void the_queue_stays_bounded() {
        UnansweredQueue small = new UnansweredQueue(10, clock, new Normalizer()::normalize);
        for (int i = 0; i < 200; i++) {
            small.decided("webhook", "unanswered question number " + i, Decision.none(List.of()), 1);
        }
        assertTrue(small.size() <= 10, "size " + small.size());
    }

    @Test
    void a_group_can_be_found_by_id_and_removed() {
        queue.decided("webhook", "mosn 怎么开启 tracing", Decision.none(List.of()), 1);
        String id = queue.list(1).get(0).id();
        assertTrue(queue.get(id).isPresent());
        queue.remove(id);
        assertTrue(queue.get(id).isEmpty());
    }
}
