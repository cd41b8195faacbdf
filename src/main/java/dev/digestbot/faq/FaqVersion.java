package dev.digestbot.faq;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One kept version of the FAQ, as {@code GET /admin/versions} lists it.
 *
 * @param savedAt ISO-8601 instant the version was kept
 * @param reason what made it: {@code loaded} (what the bot started with), {@code hand edit}, or the
 *     change's own words ({@code create entry x}, {@code delete project P}, {@code rollback to 7})
 * @param changes the entries it added, changed and removed next to the version before it; null
 *     for {@code loaded}, which has no version before it in this process (and for versions kept
 *     before versions recorded their changes)
 */
@JsonPropertyOrder({"version", "savedAt", "reason", "entries", "projects", "changes"})
public record FaqVersion(long version, String savedAt, String reason, int entries, int projects,
        Changes changes) {

    public FaqVersion {
        if (version < 1) {
            throw new IllegalArgumentException("version: " + version + " (expected: >= 1)");
        }
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(reason, "reason");
    }

    /** What a version did to the entries, by id. */
    @JsonPropertyOrder({"added", "changed", "removed"})
    public record Changes(Ids added, Ids changed, Ids removed) {

        public Changes {
            Objects.requireNonNull(added, "added");
            Objects.requireNonNull(changed, "changed");
            Objects.requireNonNull(removed, "removed");
        }

        /**
         * The entries {@code after} adds, changes (any field but the write time) and removes
         * next to {@code before}.
         */
        public static Changes between(FaqSnapshot before, FaqSnapshot after) {
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            for (Entry e : after.entries()) {
                before.entry(e.id()).ifPresentOrElse(
                        old -> {
                            if (!old.sameContent(e)) {
                                changed.add(e.id());
                            }
                        },
                        () -> added.add(e.id()));
            }
            for (Entry e : before.entries()) {
                if (after.entry(e.id()).isEmpty()) {
                    removed.add(e.id());
                }
            }
            return new Changes(Ids.of(added), Ids.of(changed), Ids.of(removed));
        }
    }

    /**
     * How many entries, and the ids of the first {@link #MAX_IDS} in id order: an import of a
     * whole corpus would otherwise make every listing as large as the FAQ.
     */
    @JsonPropertyOrder({"count", "ids"})
    public record Ids(int count, List<String> ids) {

        public static final int MAX_IDS = 100;

        public Ids {
            ids = List.copyOf(ids);
            if (count < ids.size()) {
                throw new IllegalArgumentException("count: " + count + " (expected: >= " + ids.size() + ", the ids listed)");
            }
        }

        static Ids of(List<String> sortedIds) {
            return new Ids(sortedIds.size(), sortedIds.subList(0, Math.min(MAX_IDS, sortedIds.size())));
        }
    }
}
