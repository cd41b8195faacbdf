package dev.digestbot.ops;

import dev.digestbot.faq.FaqSnapshot;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the bot can serve: not until the FAQ is loaded, and no longer once shutdown begins, so
 * a load balancer drains traffic before the process stops.
 */
public final class Readiness {

    public enum State { STARTING, READY, STOPPING }

    /** What {@code /readyz} reports. {@code problem} is null while the FAQ files are healthy. */
    public record Status(State state, int entries, long faqVersion, String problem) {

        public boolean ready() {
            return state == State.READY;
        }
    }

    private final AtomicReference<State> state = new AtomicReference<>(State.STARTING);
    private volatile FaqSnapshot snapshot = FaqSnapshot.empty();
    private volatile String problem;

    /** The FAQ snapshot being served changed. */
    public void serving(FaqSnapshot current) {
        this.snapshot = current;
    }

    /** Records a FAQ problem the bot serves around (a bad hand edit); null when resolved. */
    public void problem(String description) {
        this.problem = description;
    }

    public void ready() {
        state.compareAndSet(State.STARTING, State.READY);
    }

    public void stopping() {
        state.set(State.STOPPING);
    }

    public Status status() {
        FaqSnapshot current = snapshot;
        return new Status(state.get(), current.entries().size(), current.version(), problem);
    }
}
