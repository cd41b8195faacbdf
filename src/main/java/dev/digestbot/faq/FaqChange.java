package dev.digestbot.faq;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * Changes to the FAQ that a {@link FaqRepository} applies as one write and one version, or not
 * at all. Each step checks what it needs (an id is free, an entry or project exists, a project is
 * not in use) against the FAQ as the earlier steps left it, and the result must keep every rule
 * of {@link FaqRules}; all of it happens under the repository's write lock, so no other write
 * comes between a check and the write it guards.
 *
 * <p>With a base version the change applies only if that version is still the current one, so a
 * client that read version 41 cannot overwrite what version 42 changed without having seen it.
 * Immutable.
 */
public final class FaqChange {

    /** One step of a change; {@link #describe()} is what a version made of it alone is called. */
    public sealed interface Step permits CreateEntry, EditEntry, DeleteEntry, CreateProject,
            ReplaceProject, DeleteProject, Restore {

        String describe();
    }

    /** Adds an entry; refused when its id is taken. */
    public record CreateEntry(Entry entry) implements Step {

        public CreateEntry {
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public String describe() {
            return "create entry " + entry.id();
        }
    }

    /**
     * Replaces an entry with what {@code edit} makes of it, read when the step runs so that
     * nothing written before it is lost; refused when there is no such entry.
     */
    public record EditEntry(String id, UnaryOperator<Entry> edit) implements Step {

        public EditEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(edit, "edit");
        }

        @Override
        public String describe() {
            return "replace entry " + id;
        }
    }

    /** Removes an entry; refused when there is none with that id. */
    public record DeleteEntry(String id) implements Step {

        public DeleteEntry {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String describe() {
            return "delete entry " + id;
        }
    }

    /** Adds a project; refused when a project has that name. */
    public record CreateProject(Project project) implements Step {

        public CreateProject {
            Objects.requireNonNull(project, "project");
        }

        @Override
        public String describe() {
            return "create project " + project.name();
        }
    }

    /** Replaces the project of the same name (ignoring case); refused when there is none. */
    public record ReplaceProject(Project project) implements Step {

        public ReplaceProject {
            Objects.requireNonNull(project, "project");
        }

        @Override
        public String describe() {
            return "replace project " + project.name();
        }
    }

    /** Removes a project; refused when there is none or entries still name it. */
    public record DeleteProject(String name) implements Step {

        public DeleteProject {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String describe() {
            return "delete project " + name;
        }
    }

    /** Makes a kept version's content current again; refused when that version is not kept. */
    public record Restore(long version) implements Step {

        @Override
        public String describe() {
            return "rollback to " + version;
        }
    }

    private final String reason;
    private final List<Step> steps;
    private final OptionalLong base;

    private FaqChange(String reason, List<Step> steps, OptionalLong base) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.steps = List.copyOf(steps);
        this.base = Objects.requireNonNull(base, "base");
    }

    /** A change of one step, named after it. */
    public static FaqChange of(Step step) {
        return new FaqChange(step.describe(), List.of(step), OptionalLong.empty());
    }

    /** A change of several steps, named by {@code reason} in the version list. */
    public static FaqChange of(String reason, List<? extends Step> steps) {
        return new FaqChange(reason, List.copyOf(steps), OptionalLong.empty());
    }

    /** This change, applied only while {@code version} (when present) is the current version. */
    public FaqChange basedOn(OptionalLong version) {
        return new FaqChange(reason, steps, version);
    }

    /** What the version this change makes is called in {@code GET /admin/versions}. */
    public String reason() {
        return reason;
    }

    public List<Step> steps() {
        return steps;
    }

    public OptionalLong base() {
        return base;
    }
}
