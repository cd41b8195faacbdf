package dev.digestbot.match;

import dev.digestbot.faq.FaqSnapshot;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The matcher for the FAQ being served. Each new snapshot gets a freshly built matcher (and so an
 * empty cache), published through one atomic reference: a query never locks and never sees an
 * index of two versions.
 */
public final class LiveMatcher implements Consumer<FaqSnapshot> {

    private final MatchSettings settings;
    private final AtomicReference<Matcher> current = new AtomicReference<>();

    public LiveMatcher(MatchSettings settings) {
        this.settings = settings;
    }

    @Override
    public void accept(FaqSnapshot snapshot) {
        current.set(Matcher.build(snapshot, settings));
    }

    /** The current matcher; fails before the first snapshot arrived. */
    public Matcher current() {
        Matcher matcher = current.get();
        if (matcher == null) {
            throw new IllegalStateException("no FAQ snapshot loaded yet");
        }
        return matcher;
    }
}
