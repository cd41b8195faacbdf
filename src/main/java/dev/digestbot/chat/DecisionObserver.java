package dev.digestbot.chat;

import dev.digestbot.match.Decision;
import java.util.List;

/**
 * Told about every message the matcher decided on, and every reply that was not delivered, for
 * metrics, logs and the unanswered queue. Must not block.
 */
@FunctionalInterface
public interface DecisionObserver {

    DecisionObserver NONE = (channel, text, decision, nanos) -> { };

    /**
     * @param channel where the message came from ({@code webhook}, {@code wechat}, {@code api})
     * @param text the message as received
     * @param nanos how long matching took
     */
    void decided(String channel, String text, Decision decision, long nanos);

    /**
     * A reply the bot had but did not deliver: instead of {@link #decided} for a message whose
     * sender is over the rate limit ({@code rate_limited}), or after it for a push that did not go
     * out ({@code push_rate_limited}, {@code push_failed}).
     */
    default void dropped(String channel, String reason) {
    }

    /** Tells each observer in turn. */
    static DecisionObserver all(DecisionObserver... observers) {
        List<DecisionObserver> list = List.of(observers);
        return new DecisionObserver() {
            @Override
            public void decided(String channel, String text, Decision decision, long nanos) {
                for (DecisionObserver o : list) {
                    o.decided(channel, text, decision, nanos);
                }
            }

            @Override
            public void dropped(String channel, String reason) {
                for (DecisionObserver o : list) {
                    o.dropped(channel, reason);
                }
            }
        };
    }
}
