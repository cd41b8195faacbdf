package dev.digestbot.faq;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The FAQ folder and its current snapshot.
 *
 * <p>Threading: {@link #snapshot()} never blocks. Writes are serialized; each one writes the
 * files atomically, publishes a new snapshot with a higher version and tells the listeners before
 * it returns, so a query issued after a write returns sees that write.
 */
public final class FaqStore {

    private final Path dir;
    private final Clock clock;
    private final AtomicReference<FaqSnapshot> current = new AtomicReference<>();
    private final List<Consumer<FaqSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final Object writeLock = new Object();

    private FaqStore(Path dir, Clock clock, FaqSnapshot first) {
        this.dir = dir;
        this.clock = clock;
        this.current.set(first);
    }

    /** Loads the folder; fails if a FAQ file is missing or malformed. */
    public static FaqStore open(Path dir, Clock clock) throws FaqFormatException, IOException {
        return new FaqStore(dir, clock, load(dir, 1));
    }

    private static FaqSnapshot load(Path dir, long version) throws FaqFormatException, IOException {
        List<Project> projects = FaqFiles.readProjects(dir);
        List<Entry> entries = FaqFiles.readEntries(dir);
        try {
            return new FaqSnapshot(version, projects, entries);
        } catch (IllegalArgumentException e) {
            throw new FaqFormatException(dir, 0, e.getMessage());
        }
    }

    public Path dir() {
        return dir;
    }

    public FaqSnapshot snapshot() {
        return current.get();
    }

    /** Calls the listener now with the current snapshot and after every change. */
    public void onChange(Consumer<FaqSnapshot> listener) {
        listeners.add(listener);
        listener.accept(current.get());
    }

    /**
     * Creates or replaces entries by id. Entries whose content did not change keep their
     * {@code updated} stamp and cause no write; the others are stamped with the current time.
     */
    public FaqSnapshot putEntries(Collection<Entry> changed) throws IOException {
        synchronized (writeLock) {
            FaqSnapshot before = current.get();
            Map<String, Entry> byId = byId(before.entries());
            boolean dirty = false;
            String now = clock.instant().toString();
            for (Entry entry : changed) {
                Entry old = byId.get(entry.id());
                if (old != null && old.sameContent(entry)) {
                    continue;
                }
                byId.put(entry.id(), entry.withUpdated(now));
                dirty = true;
            }
            return dirty ? commitEntries(before, byId.values()) : before;
        }
    }

    /** Deletes an entry; false when there is none with that id. */
    public boolean deleteEntry(String id) throws IOException {
        synchronized (writeLock) {
            FaqSnapshot before = current.get();
            Map<String, Entry> byId = byId(before.entries());
            if (byId.remove(id) == null) {
                return false;
            }
            commitEntries(before, byId.values());
            return true;
        }
    }

    /** Creates or replaces a project by name (ignoring case). */
    public FaqSnapshot putProject(Project project) throws IOException {
        synchronized (writeLock) {
            FaqSnapshot before = current.get();
            List<Project> projects = new ArrayList<>(before.projects());
            projects.removeIf(p -> p.name().equalsIgnoreCase(project.name()));
            projects.add(project);
            return commitProjects(before, projects);
        }
    }

    /** Deletes a project; false when there is none with that name. */
    public boolean deleteProject(String name) throws IOException {
        synchronized (writeLock) {
            FaqSnapshot before = current.get();
            List<Project> projects = new ArrayList<>(before.projects());
            if (!projects.removeIf(p -> p.name().equalsIgnoreCase(name))) {
                return false;
            }
            commitProjects(before, projects);
            return true;
        }
    }

    /**
     * Reads the folder again, for hand edits. A malformed file leaves the current snapshot in
     * place and throws, naming the file and line.
     */
    public FaqSnapshot reload() throws FaqFormatException, IOException {
        synchronized (writeLock) {
            FaqSnapshot before = current.get();
            FaqSnapshot loaded = load(dir, before.version() + 1);
            if (loaded.entries().equals(before.entries())
                    && loaded.projects().equals(before.projects())) {
                return before;
            }
            return publish(loaded);
        }
    }

    private FaqSnapshot commitEntries(FaqSnapshot before, Collection<Entry> entries)
            throws IOException {
        FaqSnapshot next = new FaqSnapshot(before.version() + 1, before.projects(),
                new ArrayList<>(entries));
        FaqFiles.writeEntries(dir, next.entries());
        return publish(next);
    }

    private FaqSnapshot commitProjects(FaqSnapshot before, List<Project> projects)
            throws IOException {
        FaqSnapshot next = new FaqSnapshot(before.version() + 1, projects, before.entries());
        FaqFiles.writeProjects(dir, next.projects());
        return publish(next);
    }

    private FaqSnapshot publish(FaqSnapshot next) {
        current.set(next);
        for (Consumer<FaqSnapshot> listener : listeners) {
            listener.accept(next);
        }
        return next;
    }

    private static Map<String, Entry> byId(List<Entry> entries) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry e : entries) {
            byId.put(e.id(), e);
        }
        return byId;
    }
}
