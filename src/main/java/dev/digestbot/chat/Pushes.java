package dev.digestbot.chat;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Pushes the reply to a group message through the outbound of the channel the message came
 * from, and only that one, within the outbound's rate; a direct message's reply is never pushed,
 * since the call that brought it carries the answer. What is not pushed is counted as dropped:
 * {@code push_rate_limited} or {@code push_failed}. Thread-safe.
 */
public final class Pushes {

    private record Target(Outbound outbound, SenderRateLimit limit) {
    }

    private final Map<String, Target> byChannel = new HashMap<>();
    private final DecisionObserver observer;

    /** @param outbounds channel name → its outbound; channels without one are left out */
    public Pushes(Map<String, Outbound> outbounds, Clock clock, DecisionObserver observer) {
        outbounds.forEach((channel, outbound) -> byChannel.put(channel,
                new Target(outbound, new SenderRateLimit(outbound.perMinute(), clock))));
        this.observer = observer;
    }

    public static Pushes none() {
        return new Pushes(Map.of(), Clock.systemUTC(), DecisionObserver.NONE);
    }

    /** Pushes {@code reply} when {@code message} came from a group of a channel with an outbound. */
    void after(ChatMessage message, String reply) {
        Target target = byChannel.get(message.channel());
        if (target == null || !message.inGroup()) {
            return;
        }
        if (!target.limit().tryAcquire(message.channel())) {
            observer.dropped(message.channel(), "push_rate_limited");
            return;
        }
        target.outbound().push(message, reply).thenAccept(sent -> {
            if (!sent) {
                observer.dropped(message.channel(), "push_failed");
            }
        });
    }
}
