package dev.digestbot.faq;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the FAQ lives. Reads return immutable snapshots and never block; every write is a
 * {@link FaqChange}, applied whole or refused whole under one lock, checked there against the
 * FAQ as it is at that moment (and against its base version, when it has one), and published as
 * a new snapshot with a higher version before {@link #apply} returns. {@link FaqStore}, the
 * {@code faq/} folder, is the first implementation.
 */
public interface FaqRepository {

    /** Picking up outside changes, started by {@link #watch}; closing it stops it. */
    interface Watch extends AutoCloseable {

        @Override
        void close();
    }

    /** The FAQ being served. */
    FaqSnapshot snapshot();

    /** Calls the listener now with the current snapshot and after every change. */
    void onChange(Consumer<FaqSnapshot> listener);

    /**
     * Calls the listener whenever the stored FAQ has a problem it serves around (such as a hand
     * edit that does not load, named with file and line), and with null once it is gone.
     */
    void onProblem(Consumer<String> listener);

    /**
     * Applies the change as one new version and returns the snapshot that serves it; the current
     * snapshot when the change changes nothing.
     *
     * @throws FaqChangeRefused when a step or a rule refuses it, its base version is stale, or the
     *     stored FAQ holds a hand edit that does not load; nothing is written then
     * @throws IOException when the write itself fails
     */
    FaqSnapshot apply(FaqChange change) throws FaqChangeRefused, IOException;

    /** Kept versions, newest first; {@link FaqChange.Restore} makes one current again. */
    List<FaqVersion> versions() throws IOException;

    /**
     * Starts picking up changes made outside this process (hand edits), once they have stayed
     * quiet for {@code debounce}; closing the watcher stops it.
     */
    Watch watch(Duration debounce) throws IOException;
}
