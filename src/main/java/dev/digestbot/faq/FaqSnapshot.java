package dev.digestbot.faq;

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

    public FaqSnapshot withEntries(long newVersion, List<Entry> newEntries) {
        return new FaqSnapshot(newVersion, projects, newEntries);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
