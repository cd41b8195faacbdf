package dev.digestbot.chat;

import dev.digestbot.match.Decision;
import java.util.List;

/** Told about every message the matcher decided on, for metrics, logs and the unanswered queue. Must not block. */
@FunctionalInterface
public interface DecisionObserver {

    DecisionObserver NONE = (channel, text, decision, nanos) -> { };

    /**
     * @param channel where the message came from ({@code webhook}, {@code wechat}, {@code api})
     * @param text the message as received
     * @param nanos how long matching took
     */
    void decided(String channel, String text, Decision decision, long nanos);

    /** Tells each observer in turn. */
    static DecisionObserver all(DecisionObserver... observers) {
        List<DecisionObserver> list = List.of(observers);
        return (channel, text, decision, nanos) -> {
            for (DecisionObserver o : list) {
                o.decided(channel, text, decision, nanos);
            }
        };
    }
}
