package dev.digestbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.digestbot.match.Decision;
import dev.digestbot.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PushesTest {

    private static final ChatMessage GROUP = new ChatMessage("wecom", "g1", "u1", "seata?", true, null);

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<String> dropped = new ArrayList<>();
    private final DecisionObserver observer = new DecisionObserver() {
        @Override
        public void decided(String channel, String text, Decision decision, long nanos) {
        }

        @Override
        public void dropped(String channel, String reason) {
            dropped.add(channel + " " + reason);
        }
    };
    private int sent;
    private boolean accepts = true;

    @Test
    void at_most_the_outbounds_rate_goes_out_a_minute_and_the_rest_is_counted_as_dropped() {
        Pushes pushes = new Pushes(Map.of("wecom", outbound(3)), clock, observer);
        for (int i = 0; i < 4; i++) {
            pushes.after(GROUP, "reply " + i);
        }
        assertEquals(3, sent);
        assertEquals(List.of("wecom push_rate_limited"), dropped);

        clock.advance(Duration.ofSeconds(61));
        pushes.after(GROUP, "later");
        assertEquals(4, sent);
    }

    @Test
    void a_push_the_platform_refuses_is_counted_as_dropped() {
        accepts = false;
        new Pushes(Map.of("wecom", outbound(20)), clock, observer).after(GROUP, "reply");
        assertEquals(List.of("wecom push_failed"), dropped);
    }

    private Outbound outbound(int perMinute) {
        return new Outbound() {
            @Override
            public int perMinute() {
                return perMinute;
            }

            @Override
            public boolean reaches(ChatMessage message) {
                return message.inGroup();
            }

            @Override
            public CompletableFuture<Boolean> push(ChatMessage message, String reply) {
                sent++;
                return CompletableFuture.completedFuture(accepts);
            }
        };
    }
}
