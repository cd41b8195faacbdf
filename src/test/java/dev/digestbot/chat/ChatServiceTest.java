package dev.digestbot.chat;

import dev.digestbot.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.match.Candidate;
import dev.digestbot.match.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChatServiceTest {

    private static final Entry A = SuggestionMemoryTest.entry("a");
    private static final Entry B = SuggestionMemoryTest.entry("b");
    private static final FaqSnapshot SNAPSHOT = new FaqSnapshot(1, List.of(), List.of(A, B));

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<String> observed = new ArrayList<>();
    private final List<String> matched = new ArrayList<>();
    private final Map<String, Decision> decisions = Map.of(
            "seata 怎么配置？", new Decision(Decision.Verdict.ANSWER, 0.9, A, List.of(new Candidate(A, 0.9))),
            "seata 配置", new Decision(Decision.Verdict.ANSWER, 0.9, A, List.of(new Candidate(A, 0.9))),
            "seata 锁", new Decision(Decision.Verdict.SUGGEST, 0.3, null,
                    List.of(new Candidate(A, 0.3), new Candidate(B, 0.25))));
    private final Function<String, Decision> match = text -> {
        matched.add(text);
        return decisions.getOrDefault(text, Decision.none(List.of()));
    };

    @Test
    void question_mode_answers_unmentioned_questions_but_not_statements() {
        ChatService chat = service(TriggerMode.QUESTION, 6);
        assertEquals(Optional.of("answer a"), chat.reply(group("u1", "seata 怎么配置？", false), match, SNAPSHOT));
        assertTrue(chat.reply(group("u1", "seata 配置", false), match, SNAPSHOT).isEmpty());
    }

    @Test
    void mention_mode_needs_the_mention_and_all_mode_does_not() {
        assertTrue(service(TriggerMode.MENTION, 6).reply(group("u1", "seata 怎么配置？", false), match, SNAPSHOT)
                .isEmpty());
        assertEquals(Optional.of("answer a"), service(TriggerMode.ALL, 6)
                .reply(group("u1", "seata 配置", false), match, SNAPSHOT));
    }

    @Test
    void the_own_mention_is_stripped_before_matching() {
        ChatService chat = service(TriggerMode.MENTION, 6);
        assertEquals(Optional.of("answer a"),
                chat.reply(group("u1", "@小助手\u2005seata 配置", false), match, SNAPSHOT));
        assertEquals(List.of("seata 配置"), matched);
    }

    @Test
    void messages_mentioning_someone_else_or_sent_by_the_bot_are_left_alone() {
        ChatService chat = service(TriggerMode.ALL, 6);
        assertTrue(chat.reply(group("u1", "@张三\u2005seata 配置", false), match, SNAPSHOT).isEmpty());
        assertTrue(chat.reply(group("小助手", "seata 配置", false), match, SNAPSHOT).isEmpty());
        assertTrue(matched.isEmpty());
    }

    @Test
    void a_number_after_a_did_you_mean_list_gets_that_entry() {
        ChatService chat = service(TriggerMode.MENTION, 6);
        String list = chat.reply(group("u1", "seata 锁", true), match, SNAPSHOT).orElseThrow();
        assertTrue(list.contains("1. question a") && list.contains("2. question b"), list);
        assertTrue(chat.reply(group("u2", "2", false), match, SNAPSHOT).isEmpty());
        assertEquals(Optional.of("answer b"), chat.reply(group("u1", "2", false), match, SNAPSHOT));
    }

    /**
     * "@小助手 2" after a list got "我还不会", " 2 " got nothing, and the list was gone after one
     * pick: the mention and every kind of space are stripped, and the list lasts its lifetime.
     */
    @Test
    void picks_from_a_list_read_through_mentions_and_spaces_and_the_list_stays() {
        ChatService chat = service(TriggerMode.MENTION, 6);
        String list = chat.reply(group("u1", "@小助手 seata 锁", false), match, SNAPSHOT).orElseThrow();

        assertEquals(Optional.of("answer b"), chat.reply(group("u1", "@小助手 2", false), match, SNAPSHOT));
        assertEquals(Optional.of("answer a"), chat.reply(group("u1", " 1 ", false), match, SNAPSHOT));
        assertEquals(Optional.of("answer b"), chat.reply(group("u1", "@小助手\u30002\u00A0", false), match, SNAPSHOT));
        assertEquals(Optional.of(list), chat.reply(group("u1", "@小助手 5", false), match, SNAPSHOT),
                "a number the list lacks shows the list again");
        assertEquals(List.of("seata 锁"), matched);
    }

    /**
     * "这个问题我还不会，已经记下来了" was said to "@小助手 谢谢" and a bare "@小助手", which
     * the unanswered queue never keeps.
     */
    @Test
    void only_a_message_the_unanswered_queue_keeps_is_said_to_be_noted() {
        ChatService chat = service(TriggerMode.MENTION, 6);
        assertEquals(Optional.of(ReplyFormatter.NOTED),
                chat.reply(group("u1", "@小助手 量子计算机怎么编程", false), match, SNAPSHOT));
        assertEquals(Optional.of(ReplyFormatter.UNKNOWN),
                chat.reply(group("u1", "@小助手 tc", false), match, SNAPSHOT));
        assertEquals(Optional.of(ReplyFormatter.PROMPT),
                chat.reply(group("u1", "@小助手 谢谢", false), match, SNAPSHOT));
        assertEquals(Optional.of(ReplyFormatter.PROMPT), chat.reply(group("u1", "@小助手", false), match, SNAPSHOT));
        assertEquals(Optional.of(ReplyFormatter.PROMPT),
                chat.reply(group("u2", "@小助手\u3000你好！", false), match, SNAPSHOT));
    }

    @Test
    void a_sender_over_the_rate_limit_gets_no_reply() {
        ChatService chat = service(TriggerMode.ALL, 2);
        assertTrue(chat.reply(group("u1", "seata 配置", false), match, SNAPSHOT).isPresent());
        assertTrue(chat.reply(group("u1", "seata 配置", false), match, SNAPSHOT).isPresent());
        assertTrue(chat.reply(group("u1", "seata 配置", false), match, SNAPSHOT).isEmpty());
        assertTrue(chat.reply(group("u2", "seata 配置", false), match, SNAPSHOT).isPresent());
    }

    /** A rate-limited reply used to count as an ANSWER in the metrics. */
    @Test
    void a_reply_over_the_rate_limit_is_counted_as_dropped_not_as_a_decision() {
        ChatService chat = service(TriggerMode.ALL, 1);
        chat.reply(group("u1", "seata 配置", false), match, SNAPSHOT);
        chat.reply(group("u1", "seata 配置", false), match, SNAPSHOT);
        chat.reply(group("u1", "哈哈", false), match, SNAPSHOT);
        assertEquals(List.of("webhook ANSWER", "webhook dropped rate_limited", "webhook NONE"), observed);
    }

    private ChatService service(TriggerMode trigger, int rate) {
        return new ChatService(() -> {
            throw new AssertionError("tests pass the decision function");
        }, new ChatSettings(trigger, "小助手", rate, 300), clock, new DecisionObserver() {
            @Override
            public void decided(String channel, String text, Decision decision, long nanos) {
                observed.add(channel + " " + decision.verdict());
            }

            @Override
            public void dropped(String channel, String reason) {
                observed.add(channel + " dropped " + reason);
            }
        }, text -> text.codePointCount(0, text.length()) >= 4);
    }

    private static ChatMessage group(String sender, String text, boolean mentioned) {
        return new ChatMessage("webhook", "g1", sender, text, mentioned, null);
    }
}
