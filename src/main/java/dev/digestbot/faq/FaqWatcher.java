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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches some files of a folder and, once they have stayed quiet for the debounce time after a
 * change, runs {@code onChange}; {@link FaqStore#watch} uses it to pick up hand edits without a
 * restart. Runs on one daemon thread until closed.
 */
final class FaqWatcher implements FaqRepository.Watch {

    private static final Logger LOG = LoggerFactory.getLogger(FaqWatcher.class);

    private final Path folder;
    private final Set<String> files;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService service;
    private final Thread thread;

    private FaqWatcher(Path folder, Set<String> files, Duration debounce, Runnable onChange)
            throws IOException {
        this.folder = folder;
        this.files = Set.copyOf(files);
        this.debounce = debounce;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(this::run, "digestbot-faq-watch");
        this.thread.setDaemon(true);
    }

    static FaqWatcher start(Path folder, Set<String> files, Duration debounce, Runnable onChange)
            throws IOException {
        FaqWatcher watcher = new FaqWatcher(folder, files, debounce, onChange);
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
                    runOnChange();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("faq: stopped watching {}", folder);
        }
    }

    private void runOnChange() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.error("faq: picking up the change of {} failed", folder, e);
        }
    }

    /** True when the key reports a change of a watched file (or lost events). */
    private boolean drain(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW
                    || event.context() instanceof Path p && files.contains(p.toString())) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
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
