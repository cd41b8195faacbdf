package dev.digestbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.match.Decision;
import dev.digestbot.match.MatchSettings;
import dev.digestbot.match.Matcher;
import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InboxTest {

    private static final Matcher MATCHER = Matcher.build(
            new FaqSnapshot(1, FaqFixtures.PROJECTS, FaqFixtures.ENTRIES), MatchSettings.defaults());
    private static final String QUESTION = "@小助手 mosn 对 k8s 版本有限制么";

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final AtomicInteger matched = new AtomicInteger();
    private final List<String> pushed = new ArrayList<>();
    private final DecisionObserver counting = new DecisionObserver() {
        @Override
        public void decided(String channel, String text, Decision decision, long nanos) {
            matched.incrementAndGet();
        }
    };

    /**
     * {@code /webhook/chat} read {@code msgId} and never used it: a bridge's retry was matched and
     * answered again, and counted against the sender's rate limit (the 7th retry got nothing).
     */
    @Test
    void a_retried_msg_id_gets_the_first_reply_without_matching_again_or_counting_against_the_rate() {
        Inbox inbox = inbox(Runnable::run, Map.of());
        Optional<String> first = inbox.reply(webhook("alice", QUESTION, "m-1")).join();
        assertTrue(first.orElseThrow().contains("MOSN"), first.toString());

        for (int retry = 0; retry < 10; retry++) {
            clock.advance(java.time.Duration.ofSeconds(1));
            assertEquals(first, inbox.reply(webhook("alice", QUESTION, "m-1")).join());
        }
        assertEquals(1, matched.get());
        assertTrue(inbox.reply(webhook("alice", QUESTION, "m-2")).join().isPresent(),
                "a new message within the rate");
    }

    @Test
    void a_retry_arriving_while_the_first_is_answered_shares_its_reply() {
        ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();
        Inbox inbox = inbox(held::add, Map.of());

        CompletableFuture<Optional<String>> first = inbox.reply(webhook("alice", QUESTION, "m-1"));
        CompletableFuture<Optional<String>> retry = inbox.reply(webhook("alice", QUESTION, "m-1"));
        assertSame(first, retry);
        held.forEach(Runnable::run);

        assertTrue(retry.join().isPresent());
        assertEquals(1, held.size());
        assertEquals(1, matched.get());
    }

    /** WeChat dedupe was keyed on MsgId alone: a second user sending the same MsgId got the first one's reply. */
    @Test
    void the_same_msg_id_from_another_sender_chat_or_channel_is_another_message() {
        Inbox inbox = inbox(Runnable::run, Map.of());
        inbox.reply(new ChatMessage("wechat", "o1", "o1", "mosn 对 k8s 版本有限制么", true, "7")).join();
        Optional<String> other = inbox.reply(
                new ChatMessage("wechat", "o2", "o2", "seata tc 集群怎么保证一致", true, "7")).join();
        inbox.reply(new ChatMessage("webhook", "g2", "o1", "mosn 对 k8s 版本有限制么", true, "7")).join();
        inbox.reply(new ChatMessage("wecom", "o1", "o1", "mosn 对 k8s 版本有限制么", true, "7")).join();

        assertTrue(other.orElseThrow().contains("Seata"), other.toString());
        assertEquals(4, matched.get());
    }

    @Test
    void messages_without_an_id_are_each_answered() {
        Inbox inbox = inbox(Runnable::run, Map.of());
        inbox.reply(webhook("alice", QUESTION, null)).join();
        inbox.reply(webhook("alice", QUESTION, null)).join();
        assertEquals(2, matched.get());
    }

    @Test
    void a_full_reply_pool_fails_the_reply_and_a_retry_is_taken_later() {
        AtomicInteger rejections = new AtomicInteger(1);
        Executor fullOnce = task -> {
            if (rejections.getAndDecrement() > 0) {
                throw new RejectedExecutionException("full");
            }
            task.run();
        };
        Inbox inbox = inbox(fullOnce, Map.of());

        CompletionException busy = assertThrows(CompletionException.class,
                () -> inbox.reply(webhook("alice", QUESTION, "m-1")).join());
        assertInstanceOf(RejectedExecutionException.class, busy.getCause());
        assertTrue(inbox.reply(webhook("alice", QUESTION, "m-1")).join().isPresent());
    }

    /** Every group reply, from any channel, used to go to the WeCom robot. */
    @Test
    void a_group_reply_is_pushed_only_through_the_outbound_of_its_own_channel() {
        Inbox inbox = inbox(Runnable::run, Map.of("wecom", recording()));

        inbox.reply(webhook("alice", QUESTION, null)).join();
        inbox.reply(new ChatMessage("wecom", "o1", "o1", QUESTION, true, null)).join();
        assertEquals(List.of(), pushed, "a webhook group and a WeCom direct chat");

        inbox.reply(new ChatMessage("wecom", "wr-group", "u1", QUESTION, true, null)).join();
        assertEquals(1, pushed.size());
        assertTrue(pushed.get(0).startsWith("wr-group: "), pushed.toString());
    }

    private Outbound recording() {
        return new Outbound() {
            @Override
            public int perMinute() {
                return 20;
            }

            @Override
            public boolean reaches(ChatMessage message) {
                return message.inGroup();
            }

            @Override
            public CompletableFuture<Boolean> push(ChatMessage message, String reply) {
                pushed.add(message.chatId() + ": " + reply);
                return CompletableFuture.completedFuture(true);
            }
        };
    }

    private Inbox inbox(Executor pool, Map<String, Outbound> outbounds) {
        ChatService chat = new ChatService(() -> MATCHER,
                new ChatSettings(TriggerMode.MENTION, "小助手", 6, 300), clock, counting,
                UnansweredNotes.NONE);
        return new Inbox(chat, pool, new RetryDedup(RetryDedup.MIN_TTL, clock),
                new Pushes(outbounds, clock, counting));
    }

    private static ChatMessage webhook(String sender, String text, String msgId) {
        return new ChatMessage("webhook", "g1", sender, text, false, msgId);
    }
}
