package dev.digestbot.chat;

import dev.digestbot.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Entry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionMemoryTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SuggestionMemory memory = new SuggestionMemory(Duration.ofMinutes(5), clock);
    private final List<Entry> offered = List.of(entry("a"), entry("b"), entry("c"));
    private final ChatMessage alice = message("alice", "seata");

    @Test
    void a_following_number_from_the_same_sender_picks_that_entry_once() {
        memory.remember(alice, offered);
        assertEquals(Optional.of(offered.get(1)), memory.choice(message("alice", "2"), "2"));
        assertTrue(memory.choice(message("alice", "2"), "2").isEmpty());
    }

    @Test
    void full_width_digits_and_a_trailing_dot_count_too() {
        memory.remember(alice, offered);
        assertEquals(Optional.of(offered.get(2)), memory.choice(alice, "３。"));
    }

    @Test
    void another_sender_another_chat_or_an_out_of_range_number_picks_nothing() {
        memory.remember(alice, offered);
        assertTrue(memory.choice(message("bob", "2"), "2").isEmpty());
        assertTrue(memory.choice(new ChatMessage("webhook", "other", "alice", "2", false, null), "2")
                .isEmpty());
        assertTrue(memory.choice(alice, "4").isEmpty());
        assertTrue(memory.choice(alice, "2 and more").isEmpty());
    }

    @Test
    void the_list_is_forgotten_after_its_memory_time() {
        memory.remember(alice, offered);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertTrue(memory.choice(alice, "1").isEmpty());
    }

    static Entry entry(String id) {
        return new Entry(id, "question " + id, null, "answer " + id, null, null, null, null, null,
                null, null, null);
    }

    private static ChatMessage message(String sender, String text) {
        return new ChatMessage("webhook", "group-1", sender, text, false, null);
    }
}
