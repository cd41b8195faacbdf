package dev.digestbot.faq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, consistent view of the FAQ at one version: projects and entries, with lookups.
 * Readers hold a snapshot for the whole of a request, so a concurrent write never shows half-done.
 */
public final class FaqSnapshot {

    private final long version;
    private final List<Project> projects;
    private final List<Entry> entries;
    private final Map<String, Entry> entriesById;
    /** For each entry linked by {@code sameAs}, its whole group, sorted by id. */
    private final Map<String, List<Entry>> twinsById;
    private final Map<String, Project> projectsByName;

    public FaqSnapshot(long version, List<Project> projects, List<Entry> entries) {
        if (version < 0) {
            throw new IllegalArgumentException("version: " + version + " (expected: >= 0)");
        }
        this.version = version;
        this.projects = projects.stream().sorted(Comparator.comparing(Project::name)).toList();
        this.entries = entries.stream().sorted(Comparator.comparing(Entry::id)).toList();
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry e : this.entries) {
            if (byId.put(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate entry id: " + e.id());
            }
        }
        this.entriesById = Map.copyOf(byId);
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : this.entries) {
            groups.computeIfAbsent(rootOf(e, byId), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Entry>> twins = new LinkedHashMap<>();
        for (List<Entry> group : groups.values()) {
            if (group.size() > 1) {
                group.forEach(e -> twins.put(e.id(), List.copyOf(group)));
            }
        }
        this.twinsById = Map.copyOf(twins);
        Map<String, Project> byName = new LinkedHashMap<>();
        for (Project p : this.projects) {
            if (byName.put(key(p.name()), p) != null) {
                throw new IllegalArgumentException("duplicate project name: " + p.name());
            }
        }
        this.projectsByName = Map.copyOf(byName);
    }

    public static FaqSnapshot empty() {
        return new FaqSnapshot(0, List.of(), List.of());
    }

    public long version() {
        return version;
    }

    /** Projects sorted by name. */
    public List<Project> projects() {
        return projects;
    }

    /** Entries sorted by id. */
    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entriesById.get(id));
    }

    /** The project with this canonical name, ignoring case. */
    public Optional<Project> project(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(projectsByName.get(key(name)));
    }

    /** The link a reply shows for the entry: its own override, else its project's link. */
    public Optional<String> linkOf(Entry entry) {
        if (entry.link() != null && !entry.link().isBlank()) {
            return Optional.of(entry.link());
        }
        return project(entry.project()).map(Project::link);
    }

    /**
     * The entry a chain of {@code sameAs} links ends at; throws when a link names no entry or
     * the chain comes back on itself.
     */
    private static String rootOf(Entry e, Map<String, Entry> byId) {
        Entry at = e;
        for (int steps = 0; at.sameAs() != null; steps++) {
            Entry next = byId.get(at.sameAs());
            if (next == null) {
                throw new IllegalArgumentException("entry " + at.id() + ": sameAs: \"" + at.sameAs()
                        + "\" (expected: the id of another entry)");
            }
            if (steps > byId.size()) {
                throw new IllegalArgumentException("entry " + e.id() + ": sameAs: the links form a cycle");
            }
            at = next;
        }
        return at.id();
    }

    /**
     * The entries that ask the same question as this one, itself included ({@code sameAs} links,
     * followed both ways), sorted by id; just the entry when it has no twin.
     */
    public List<Entry> twins(Entry entry) {
        return twinsById.getOrDefault(entry.id(), List.of(entry));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
