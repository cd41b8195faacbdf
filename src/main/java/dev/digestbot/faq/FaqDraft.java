package dev.digestbot.faq;

import dev.digestbot.faq.FaqChange.CreateEntry;
import dev.digestbot.faq.FaqChange.CreateProject;
import dev.digestbot.faq.FaqChange.DeleteEntry;
import dev.digestbot.faq.FaqChange.DeleteProject;
import dev.digestbot.faq.FaqChange.EditEntry;
import dev.digestbot.faq.FaqChange.ReplaceProject;
import dev.digestbot.faq.FaqChange.Restore;
import dev.digestbot.faq.FaqChangeRefused.Reason;
import dev.digestbot.faq.FaqRules.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The FAQ while a {@link FaqChange} is applied to it: the steps run one after the other on a
 * copy of the served snapshot, each refusing what it cannot do, and {@link #result} checks the
 * outcome against {@link FaqRules}. Entries a step creates or changes are stamped with the time
 * of the write. Used by {@link FaqStore} under its write lock; not thread-safe.
 */
final class FaqDraft {

    private final FaqSnapshot base;
    private final String now;
    private final FaqVersions versions;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Project> projects;

    FaqDraft(FaqSnapshot base, String now, FaqVersions versions) {
        this.base = base;
        this.now = now;
        this.versions = versions;
        base.entries().forEach(e -> entries.put(e.id(), e));
        this.projects = new ArrayList<>(base.projects());
    }

    void apply(FaqChange.Step step) throws FaqChangeRefused, IOException {
        if (step instanceof CreateEntry create) {
            createEntry(create.entry());
        } else if (step instanceof EditEntry edit) {
            editEntry(edit);
        } else if (step instanceof DeleteEntry delete) {
            removeEntry(delete.id());
        } else if (step instanceof CreateProject create) {
            if (indexOf(create.project().name()) >= 0) {
                throw refused(Reason.DUPLICATE_NAME, "name: \"" + create.project().name()
                        + "\" (expected: a name no project has)");
            }
            projects.add(create.project());
        } else if (step instanceof ReplaceProject replace) {
            projects.set(existing(replace.project().name()), replace.project());
        } else if (step instanceof DeleteProject delete) {
            removeProject(delete.name());
        } else if (step instanceof Restore restore) {
            restore(restore.version());
        } else {
            throw new IllegalArgumentException("step: " + step + " (expected: a step of FaqChange)");
        }
    }

    private void createEntry(Entry entry) throws FaqChangeRefused {
        if (entries.containsKey(entry.id())) {
            throw refused(Reason.DUPLICATE_ID, "id: \"" + entry.id() + "\" (expected: an id no entry has)");
        }
        entries.put(entry.id(), entry.withUpdated(now));
    }

    private void editEntry(EditEntry edit) throws FaqChangeRefused {
        Entry old = entries.get(edit.id());
        if (old == null) {
            throw noEntry(edit.id());
        }
        Entry changed = edit.edit().apply(old);
        if (!changed.id().equals(edit.id())) {
            throw new IllegalArgumentException("id: " + changed.id() + " (expected: " + edit.id() + ")");
        }
        if (!old.sameContent(changed)) {
            entries.put(edit.id(), changed.withUpdated(now));
        }
    }

    private void removeProject(String name) throws FaqChangeRefused {
        int index = existing(name);
        String canonical = projects.get(index).name();
        long users = entries.values().stream().filter(e -> canonical.equalsIgnoreCase(e.project())).count();
        if (users > 0) {
            throw refused(Reason.PROJECT_IN_USE, "project: \"" + canonical + "\" is used by " + users
                    + " entries (expected: none; move or delete them first)");
        }
        projects.remove(index);
    }

    private void restore(long version) throws FaqChangeRefused, IOException {
        FaqSnapshot kept = versions.load(version).orElseThrow(() -> refused(
                Reason.NO_SUCH_VERSION, "version: " + version + " (expected: a kept version)"));
        entries.clear();
        kept.entries().forEach(e -> entries.put(e.id(), e));
        projects.clear();
        projects.addAll(kept.projects());
    }

    /**
     * The FAQ the steps made, as version {@code version}; refused when it breaks a rule. Projects
     * the change touched are checked last, so that a name two projects claim is told as the
     * changed one's mistake.
     */
    FaqSnapshot result(long version) throws FaqChangeRefused {
        List<Project> ordered = new ArrayList<>(projects.stream().filter(base.projects()::contains).toList());
        projects.stream().filter(p -> !base.projects().contains(p)).forEach(ordered::add);
        List<Entry> canonical = FaqRules.withCanonicalProjects(ordered, new ArrayList<>(entries.values()));
        Optional<Violation> broken = FaqRules.check(ordered, canonical);
        if (broken.isPresent()) {
            throw refused(broken.get().reason(), broken.get().detail());
        }
        return new FaqSnapshot(version, ordered, canonical);
    }

    /**
     * Removes an entry. The entries that named it in {@code sameAs} name what it named instead
     * or, when it named nothing, the first of them by id, which takes its place: a group of twins
     * stays one group and no link points at nothing.
     */
    private void removeEntry(String id) throws FaqChangeRefused {
        Entry removed = entries.remove(id);
        if (removed == null) {
            throw noEntry(id);
        }
        List<Entry> linked = entries.values().stream().filter(e -> id.equals(e.sameAs()))
                .sorted(Comparator.comparing(Entry::id)).toList();
        String heir = removed.sameAs() != null || linked.isEmpty() ? removed.sameAs() : linked.get(0).id();
        for (Entry e : linked) {
            entries.put(e.id(), e.withSameAs(e.id().equals(heir) ? null : heir).withUpdated(now));
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private int existing(String name) throws FaqChangeRefused {
        int index = indexOf(name);
        if (index < 0) {
            throw refused(Reason.NO_SUCH_PROJECT, "no project named \"" + name + "\"");
        }
        return index;
    }

    private FaqChangeRefused noEntry(String id) {
        return refused(Reason.NO_SUCH_ENTRY, "no entry with id \"" + id + "\"");
    }

    private FaqChangeRefused refused(Reason reason, String detail) {
        return new FaqChangeRefused(reason, detail, base.version());
    }
}
