package dev.digestbot.faq;

import dev.digestbot.faq.FaqChangeRefused.Reason;
import dev.digestbot.faq.FaqRules.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code faq/} folder as a {@link FaqRepository}: {@code projects.json} and
 * {@code entries.json}, the snapshot they hold, and kept versions in {@code faq/.versions/}.
 *
 * <p>Threading: {@link #snapshot()} never blocks. Writes are serialized; each one first compares
 * the files with what it last read or wrote: a hand edit not yet picked up is loaded first (and
 * so makes a change based on the version before it stale), and one that does not load refuses
 * the write, which would otherwise overwrite it. Then it writes the changed files atomically,
 * publishes a new snapshot with a higher version, tells the listeners and keeps the version
 * before it returns, so a query issued after a write returns sees that write.
 *
 * <p>Version numbers keep increasing across restarts: on open the folder gets the newest kept
 * version's number when it still holds that content, and the next number when it was edited
 * while the bot was down.
 */
public final class FaqStore implements FaqRepository {

    /** How many versions {@link #open(Path, Clock)} keeps. */
    public static final int DEFAULT_KEEP_VERSIONS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(FaqStore.class);

    /** The bytes of the two files at one moment; null for a file that is not there. */
    private record Disk(byte[] projects, byte[] entries) {

        static Disk read(Path dir) throws IOException {
            return new Disk(FaqFiles.bytes(dir.resolve(FaqFiles.PROJECTS)), FaqFiles.bytes(dir.resolve(FaqFiles.ENTRIES)));
        }

        boolean same(Disk other) {
            return Arrays.equals(projects, other.projects) && Arrays.equals(entries, other.entries);
        }
    }

    private final Path dir;
    private final Clock clock;
    private final FaqVersions versions;
    private final AtomicReference<FaqSnapshot> current = new AtomicReference<>();
    private final List<Consumer<FaqSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> problemListeners = new CopyOnWriteArrayList<>();
    private final Object writeLock = new Object();
    /** What the files held when the served snapshot was read from or written to them; guarded by writeLock. */
    private Disk known;
    /** Why the files do not load, null while they do; written under writeLock. */
    private volatile String problem;

    private FaqStore(Path dir, Clock clock, FaqVersions versions, FaqSnapshot first, Disk known) {
        this.dir = dir;
        this.clock = clock;
        this.versions = versions;
        this.current.set(first);
        this.known = known;
    }

    /** Loads the folder; fails if a FAQ file is missing or malformed, or breaks a rule. */
    public static FaqStore open(Path dir, Clock clock) throws FaqFormatException, IOException {
        return open(dir, clock, DEFAULT_KEEP_VERSIONS);
    }

    /**
     * Loads the folder, keeping the newest {@code keepVersions} versions from now on. Opening
     * writes nothing but removes the temp files of writes a crash interrupted: the loaded version
     * is kept on the first write.
     */
    public static FaqStore open(Path dir, Clock clock, int keepVersions)
            throws FaqFormatException, IOException {
        FaqFiles.removeLeftovers(dir);
        FaqVersions versions = new FaqVersions(dir, keepVersions);
        long latest = versions.latest();
        Disk disk = Disk.read(dir);
        FaqSnapshot loaded = load(dir, disk, Math.max(1, latest));
        boolean editedSince = latest > 0 && !matchesKept(versions, latest, dir, loaded);
        return new FaqStore(dir, clock, versions, editedSince
                ? new FaqSnapshot(latest + 1, loaded.projects(), loaded.entries())
                : loaded, disk);
    }

    private static boolean matchesKept(FaqVersions versions, long n, Path dir, FaqSnapshot loaded) {
        try {
            return versions.keptAsIs(n, dir)
                    || versions.load(n).map(kept -> sameContent(kept, loaded)).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    /** The snapshot the files hold, with every entry naming its project canonically; checked by {@link FaqRules}. */
    private static FaqSnapshot load(Path dir, Disk disk, long version) throws FaqFormatException {
        FaqFile<Project> projects = FaqFiles.projects(dir.resolve(FaqFiles.PROJECTS), disk.projects());
        FaqFile<Entry> entries = FaqFiles.entries(dir.resolve(FaqFiles.ENTRIES), disk.entries());
        List<Entry> canonical = FaqRules.withCanonicalProjects(projects.items(), entries.items());
        Optional<Violation> broken = FaqRules.check(projects.items(), canonical);
        if (broken.isPresent()) {
            Violation v = broken.get();
            throw (v.kind() == FaqRules.Kind.PROJECT ? projects : entries).problem(v.index(), v.detail());
        }
        return new FaqSnapshot(version, projects.items(), canonical);
    }

    private static boolean sameContent(FaqSnapshot a, FaqSnapshot b) {
        return a.entries().equals(b.entries()) && a.projects().equals(b.projects());
    }

    @Override
    public FaqSnapshot snapshot() {
        return current.get();
    }

    @Override
    public void onChange(Consumer<FaqSnapshot> listener) {
        listeners.add(listener);
        listener.accept(current.get());
    }

    @Override
    public void onProblem(Consumer<String> listener) {
        problemListeners.add(listener);
        listener.accept(problem);
    }

    @Override
    public FaqSnapshot apply(FaqChange change) throws FaqChangeRefused, IOException {
        synchronized (writeLock) {
            FaqSnapshot before = pickUpHandEdits();
            if (change.base().isPresent() && change.base().getAsLong() != before.version()) {
                throw FaqChangeRefused.stale(change.base().getAsLong(), before.version());
            }
            FaqDraft draft = new FaqDraft(before, clock.instant().toString(), versions);
            for (FaqChange.Step step : change.steps()) {
                draft.apply(step);
            }
            FaqSnapshot next = draft.result(before.version() + 1);
            return sameContent(next, before) ? before : commit(before, next, change.reason());
        }
    }

    /**
     * The snapshot to change: the served one, or what a hand edit made of it. A hand edit that
     * does not load refuses the change; the served version is kept first, so the refusal can
     * point at a good copy.
     */
    private FaqSnapshot pickUpHandEdits() throws FaqChangeRefused, IOException {
        try {
            return reloadLocked();
        } catch (FaqFormatException e) {
            FaqSnapshot served = current.get();
            keep(served, "loaded");
            throw new FaqChangeRefused(Reason.FILES_BROKEN, e.getMessage() + " (expected: files that load;"
                    + " nothing is written until they do: fix the hand edit, or copy back the served version from "
                    + dir.resolve(FaqVersions.FOLDER).resolve(Long.toString(served.version())) + ")",
                    served.version());
        }
    }

    /**
     * Reads the folder again, for hand edits. A malformed file, or one deleted since it was
     * read, leaves the current snapshot in place, becomes the store's problem and throws, naming
     * the file and line. Files that hold what is being served (the store's own writes) change
     * nothing.
     */
    public FaqSnapshot reload() throws FaqFormatException, IOException {
        synchronized (writeLock) {
            return reloadLocked();
        }
    }

    private FaqSnapshot reloadLocked() throws FaqFormatException, IOException {
        FaqSnapshot before = current.get();
        Disk disk = Disk.read(dir);
        if (disk.same(known)) {
            report(null);
            return before;
        }
        FaqSnapshot loaded;
        try {
            if (disk.entries() == null && known.entries() != null) {
                throw new FaqFormatException(dir.resolve(FaqFiles.ENTRIES), 0, "file is missing");
            }
            loaded = load(dir, disk, before.version() + 1);
        } catch (FaqFormatException e) {
            report(e.getMessage());
            throw e;
        }
        known = disk;
        if (sameContent(loaded, before)) {
            report(null);
            return before;
        }
        keep(before, "loaded");
        publish(loaded);
        keep(loaded, "hand edit");
        LOG.info("faq: reloaded {} after a hand edit: version {}, {} entries", dir, loaded.version(),
                loaded.entries().size());
        // only now: whoever learns the problem is gone must find the edit served
        report(null);
        return loaded;
    }

    @Override
    public List<FaqVersion> versions() throws IOException {
        synchronized (writeLock) {
            keep(current.get(), "loaded");
            return versions.list();
        }
    }

    @Override
    public Watch watch(Duration debounce) throws IOException {
        return FaqWatcher.start(dir, Set.of(FaqFiles.PROJECTS, FaqFiles.ENTRIES), debounce, this::reloadAfterEdit);
    }

    /** What the watcher runs: a failure is already the store's problem, or becomes it. */
    private void reloadAfterEdit() {
        try {
            reload();
        } catch (FaqFormatException e) {
            // reported by reloadLocked
        } catch (IOException e) {
            synchronized (writeLock) {
                report(dir + ": cannot read (" + e.getMessage() + ")");
            }
        }
    }

    private FaqSnapshot commit(FaqSnapshot before, FaqSnapshot next, String reason) throws IOException {
        keep(before, "loaded");
        byte[] projects = known.projects();
        byte[] entries = known.entries();
        if (!next.entries().equals(before.entries())) {
            entries = FaqFiles.render(next.entries());
            FaqFiles.writeAtomically(dir.resolve(FaqFiles.ENTRIES), entries);
        }
        if (!next.projects().equals(before.projects())) {
            projects = FaqFiles.render(next.projects());
            FaqFiles.writeAtomically(dir.resolve(FaqFiles.PROJECTS), projects);
        }
        known = new Disk(projects, entries);
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

    /** Records the current problem (null: none), logging and telling the listeners when it changes. */
    private void report(String next) {
        if (Objects.equals(next, problem)) {
            return;
        }
        if (next != null) {
            LOG.warn("faq: {}; still serving version {}", next, current.get().version());
        } else {
            LOG.info("faq: {} loads again; problem cleared", dir);
        }
        problem = next;
        for (Consumer<String> listener : problemListeners) {
            listener.accept(next);
        }
    }
}
