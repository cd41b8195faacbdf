package dev.digestbot.chat;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Pushes a reply through the outbound of the channel its message came from, and only that one,
 * when the outbound reaches the message's chat, within the outbound's rate. What is not pushed
 * is counted as dropped: {@code push_rate_limited} or {@code push_failed}. Thread-safe.
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

    /** Pushes {@code reply} when the outbound of the message's channel reaches its chat. */
    void after(ChatMessage message, String reply) {
        Target target = byChannel.get(message.channel());
        if (target == null || !target.outbound().reaches(message)) {
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
