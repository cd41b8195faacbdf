package dev.digestbot.faq;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FAQ folder, its current snapshot and its kept versions.
 *
 * <p>Threading: {@link #snapshot()} never blocks. Writes are serialized; each one writes the
 * changed files atomically, publishes a new snapshot with a higher version, tells the listeners
 * and keeps the version in {@code faq/.versions/} before it returns, so a query issued after a
 * write returns sees that write.
 *
 * <p>Version numbers keep increasing across restarts: on open the folder gets the newest kept
 * version's number when it still holds that content, and the next number when it was edited
 * while the bot was down.
 */
public final class FaqStore {

    /** How many versions {@link #open(Path, Clock)} keeps. */
    public static final int DEFAULT_KEEP_VERSIONS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(FaqStore.class);

    private final Path dir;
    private final Clock clock;
    private final FaqVersions versions;
    private final AtomicReference<FaqSnapshot> current = new AtomicReference<>();
    private final List<Consumer<FaqSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final Object writeLock = new Object();

    private FaqStore(Path dir, Clock clock, FaqVersions versions, FaqSnapshot first) {
        this.dir = dir;
        this.clock = clock;
        this.versions = versions;
        this.current.set(first);
    }

    /** Loads the folder; fails if a FAQ file is missing or malformed. */
    public static FaqStore open(Path dir, Clock clock) throws FaqFormatException, IOException {
        return open(dir, clock, DEFAULT_KEEP_VERSIONS);
    }

    /**
     * Loads the folder, keeping the newest {@code keepVersions} versions from now on. Opening
     * writes nothing: the loaded version is kept on the first write.
     */
    public static FaqStore open(Path dir, Clock clock, int keepVersions)
            throws FaqFormatException, IOException {
        FaqVersions versions = new FaqVersions(dir, keepVersions);
        long latest = versions.latest();
        FaqSnapshot loaded = load(dir, Math.max(1, latest));
        boolean editedSince = latest > 0 && !matchesKept(versions, latest, dir, loaded);
        return new FaqStore(dir, clock, versions, editedSince
                ? new FaqSnapshot(latest + 1, loaded.projects(), loaded.entries())
                : loaded);
    }

    private static boolean matchesKept(FaqVersions versions, long n, Path dir, FaqSnapshot loaded) {
        try {
            return versions.keptAsIs(n, dir)
                    || versions.load(n).map(kept -> sameContent(kept, loaded)).orElse(false);
        } catch (IOException e) {
            return false;
        }
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

    private static boolean sameContent(FaqSnapshot a, FaqSnapshot b) {
        return a.entries().equals(b.entries()) && a.projects().equals(b.projects());
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
        return changeEntries(changed, List.of(), "write");
    }

    /**
     * Creates or replaces {@code puts} and deletes the entries with the ids of {@code deletes},
     * as one write and one version (unknown ids to delete are ignored). Puts are stamped as in
     * {@link #putEntries}; nothing is written when nothing changes.
     */
    public FaqSnapshot changeEntries(Collection<Entry> puts, Collection<String> deletes,
            String reason) throws IOException {
        synchronized (writeLock) {
            FaqSnapshot before = current.get();
            Map<String, Entry> byId = byId(before.entries());
            boolean dirty = false;
            String now = clock.instant().toString();
            for (Entry entry : puts) {
                Entry old = byId.get(entry.id());
                if (old != null && old.sameContent(entry)) {
                    continue;
                }
                byId.put(entry.id(), entry.withUpdated(now));
                dirty = true;
            }
            for (String id : deletes) {
                dirty |= remove(byId, id, now);
            }
            return dirty ? commit(before, before.projects(), byId.values(), reason) : before;
        }
    }

    /** Creates an entry; empty when its id is taken. */
    public Optional<FaqSnapshot> addEntry(Entry entry) throws IOException {
        synchronized (writeLock) {
            if (current.get().entry(entry.id()).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(putEntries(List.of(entry)));
        }
    }

    /**
     * Replaces an entry with what {@code change} makes of it, read and written under the write
     * lock so concurrent changes of one entry are not lost; empty when there is no such entry.
     */
    public Optional<FaqSnapshot> updateEntry(String id, UnaryOperator<Entry> change)
            throws IOException {
        synchronized (writeLock) {
            Optional<Entry> old = current.get().entry(id);
            if (old.isEmpty()) {
                return Optional.empty();
            }
            Entry changed = change.apply(old.get());
            if (!changed.id().equals(id)) {
                throw new IllegalArgumentException("id: " + changed.id() + " (expected: " + id + ")");
            }
            return Optional.of(putEntries(List.of(changed)));
        }
    }

    /** Deletes an entry; false when there is none with that id. */
    public boolean deleteEntry(String id) throws IOException {
        synchronized (writeLock) {
            FaqSnapshot before = current.get();
            Map<String, Entry> byId = byId(before.entries());
            if (!remove(byId, id, clock.instant().toString())) {
                return false;
            }
            commit(before, before.projects(), byId.values(), "delete entry " + id);
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
            return commit(before, projects, before.entries(), "put project " + project.name());
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
            commit(before, projects, before.entries(), "delete project " + name);
            return true;
        }
    }

    /**
     * Reads the folder again, for hand edits. A malformed file leaves the current snapshot in
     * place and throws, naming the file and line. Files that hold what is being served (the
     * store's own writes) change nothing.
     */
    public FaqSnapshot reload() throws FaqFormatException, IOException {
        synchronized (writeLock) {
            FaqSnapshot before = current.get();
            FaqSnapshot loaded = load(dir, before.version() + 1);
            if (sameContent(loaded, before)) {
                return before;
            }
            keep(before, "loaded");
            publish(loaded);
            keep(loaded, "hand edit");
            return loaded;
        }
    }

    /** Kept versions, newest first. */
    public List<FaqVersion> versions() throws IOException {
        synchronized (writeLock) {
            keep(current.get(), "loaded");
            return versions.list();
        }
    }

    /**
     * Makes a kept version's content current again, as a new version; empty when that version
     * is not kept.
     */
    public Optional<FaqSnapshot> rollback(long version) throws IOException {
        synchronized (writeLock) {
            Optional<FaqSnapshot> kept = versions.load(version);
            if (kept.isEmpty()) {
                return Optional.empty();
            }
            FaqSnapshot before = current.get();
            return Optional.of(commit(before, kept.get().projects(), kept.get().entries(),
                    "rollback to " + version));
        }
    }

    private FaqSnapshot commit(FaqSnapshot before, List<Project> projects,
            Collection<Entry> entries, String reason) throws IOException {
        keep(before, "loaded");
        FaqSnapshot next = new FaqSnapshot(before.version() + 1, projects, new ArrayList<>(entries));
        if (!next.entries().equals(before.entries())) {
            FaqFiles.writeEntries(dir, next.entries());
        }
        if (!next.projects().equals(before.projects())) {
            FaqFiles.writeProjects(dir, next.projects());
        }
        publish(next);
        keep(next, reason);
        return next;
    }

    /**
     * Keeps a version for rollback. The files are already written and served when this runs, so
     * a failure here is logged rather than failing a write that has taken effect.
     */
    private void keep(FaqSnapshot snapshot, String reason) {
        try {
            versions.save(snapshot, reason, clock.instant());
        } catch (IOException e) {
            LOG.warn("faq: cannot keep version {} in {}: {}", snapshot.version(),
                    dir.resolve(FaqVersions.FOLDER), e.getMessage());
        }
    }

    private void publish(FaqSnapshot next) {
        current.set(next);
        for (Consumer<FaqSnapshot> listener : listeners) {
            listener.accept(next);
        }
    }

    /**
     * Removes an entry. The entries that named it in {@code sameAs} name what it named instead
     * or, when it named nothing, the first of them by id, which takes its place: a group of twins
     * stays one group and no link points at nothing.
     */
    private static boolean remove(Map<String, Entry> byId, String id, String now) {
        Entry removed = byId.remove(id);
        if (removed == null) {
            return false;
        }
        List<Entry> linked = byId.values().stream().filter(e -> id.equals(e.sameAs()))
                .sorted(Comparator.comparing(Entry::id)).toList();
        String heir = removed.sameAs() != null || linked.isEmpty() ? removed.sameAs() : linked.get(0).id();
        for (Entry e : linked) {
            byId.put(e.id(), e.withSameAs(e.id().equals(heir) ? null : heir).withUpdated(now));
        }
        return true;
    }

    private static Map<String, Entry> byId(List<Entry> entries) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry e : entries) {
            byId.put(e.id(), e);
        }
        return byId;
    }
}
