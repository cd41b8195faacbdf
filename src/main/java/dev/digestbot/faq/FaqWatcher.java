package dev.digestbot.faq;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks up hand edits of {@code faq/} without a restart: once the FAQ files have stayed quiet for
 * the debounce time after a change, the store reloads them.
 *
 * <p>A file that fails to parse leaves the last good snapshot serving; the problem, naming the
 * file and line, goes to the log and to {@code problems}, which receives null once the files load
 * again. The store's own writes also wake the watcher, but reloading files that hold what is
 * served changes nothing, so they cause no new version. Runs on one daemon thread.
 */
public final class FaqWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FaqWatcher.class);
    private static final Set<String> FILES = Set.of(FaqFiles.ENTRIES, FaqFiles.PROJECTS);

    private final FaqStore store;
    private final Duration debounce;
    private final Consumer<String> problems;
    private final WatchService service;
    private final Thread thread;
    private volatile String problem;

    private FaqWatcher(FaqStore store, Duration debounce, Consumer<String> problems)
            throws IOException {
        this.store = store;
        this.debounce = debounce;
        this.problems = problems;
        this.service = FileSystems.getDefault().newWatchService();
        store.dir().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(this::run, "digestbot-faq-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching the store's folder.
     *
     * @param problems told the current FAQ problem, or null when there is none
     */
    public static FaqWatcher start(FaqStore store, Duration debounce, Consumer<String> problems)
            throws IOException {
        FaqWatcher watcher = new FaqWatcher(store, debounce, problems);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                boolean changed = drain(service.take());
                for (WatchKey more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS);
                        more != null;
                        more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) {
                    changed |= drain(more);
                }
                if (changed) {
                    reload();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("faq: stopped watching {}", store.dir());
        }
    }

    /** True when the key reports a change of a FAQ file (or lost events). */
    private static boolean drain(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW
                    || event.context() instanceof Path p && FILES.contains(p.toString())) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    private void reload() {
        try {
            long before = store.snapshot().version();
            FaqSnapshot now = store.reload();
            if (now.version() != before) {
                LOG.info("faq: reloaded {} after a hand edit: version {}, {} entries",
                        store.dir(), now.version(), now.entries().size());
            }
            report(null);
        } catch (FaqFormatException e) {
            report(e.getMessage());
        } catch (IOException e) {
            report(store.dir() + ": cannot read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            LOG.error("faq: reload of {} failed", store.dir(), e);
            report(store.dir() + ": reload failed (" + e + ")");
        }
    }

    private void report(String next) {
        if (next != null) {
            LOG.warn("faq: {}; still serving version {}", next, store.snapshot().version());
        } else if (problem != null) {
            LOG.info("faq: {} loads again; problem cleared", store.dir());
        }
        problem = next;
        problems.accept(next);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("faq: closing the watch service failed: {}", e.getMessage());
        }
        thread.interrupt();
    }
}
