package dev.digestbot.chat;

import dev.digestbot.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Entry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionMemoryTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SuggestionMemory memory = new SuggestionMemory(Duration.ofMinutes(5), clock);
    private final List<Entry> offered = List.of(entry("a"), entry("b"), entry("c"));
    private final ChatMessage alice = message("alice", "seata");

    @Test
    void a_following_number_from_the_same_sender_picks_that_entry_for_the_lists_lifetime() {
        memory.remember(alice, offered);
        assertEquals(offered.get(1), memory.pick(message("alice", "2"), "2").orElseThrow().entry());
        assertEquals(offered.get(0), memory.pick(message("alice", "1"), " 1\u3000").orElseThrow().entry());
        assertEquals(offered.get(1), memory.pick(message("alice", "2"), "2").orElseThrow().entry());
    }

    @Test
    void full_width_digits_and_a_trailing_dot_count_too() {
        memory.remember(alice, offered);
        assertEquals(offered.get(2), memory.pick(alice, "３。").orElseThrow().entry());
    }

    @Test
    void another_sender_or_chat_picks_nothing_and_a_number_past_the_list_picks_no_entry() {
        memory.remember(alice, offered);
        assertTrue(memory.pick(message("bob", "2"), "2").isEmpty());
        assertTrue(memory.pick(new ChatMessage("webhook", "other", "alice", "2", false, null), "2")
                .isEmpty());
        assertEquals(new SuggestionMemory.Pick(null, offered), memory.pick(alice, "4").orElseThrow());
        assertTrue(memory.pick(alice, "2 and more").isEmpty());
    }

    @Test
    void the_list_is_forgotten_after_its_memory_time() {
        memory.remember(alice, offered);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertTrue(memory.pick(alice, "1").isEmpty());
    }

    static Entry entry(String id) {
        return new Entry(id, "question " + id, null, "answer " + id, null, null, null, null, null,
                null, null, null);
    }

    private static ChatMessage message(String sender, String text) {
        return new ChatMessage("webhook", "group-1", sender, text, false, null);
    }
}
