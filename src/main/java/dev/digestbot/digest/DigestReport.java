package dev.digestbot.digest;

import java.util.List;
import java.util.Objects;

/**
 * What importing one digest did, or would do in a dry run.
 *
 * @param itemsFound Q&A items found, imported or skipped
 * @param created ids of new entries
 * @param updated ids of entries whose imported content changed
 * @param unchanged ids of entries the digest gives again as they are
 * @param kept ids of entries left alone, each with why (edited or written by hand)
 * @param removed ids of unedited entries whose item is no longer in the digest
 * @param skipped items that did not become entries
 * @param withProject imported items that carry a project (and so its repository link)
 */
public record DigestReport(String fileName, int itemsFound, List<String> created,
        List<String> updated, List<String> unchanged, List<String> kept, List<String> removed,
        List<SkippedItem> skipped, int withProject) {

    public DigestReport {
        Objects.requireNonNull(fileName, "fileName");
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        kept = List.copyOf(kept);
        removed = List.copyOf(removed);
        skipped = List.copyOf(skipped);
        int imported = created.size() + updated.size() + unchanged.size();
        if (withProject < 0 || withProject > imported) {
            throw new IllegalArgumentException("withProject: " + withProject
                    + " (expected: 0.." + imported + ")");
        }
    }

    /** Items that are entries after the import: created, updated or unchanged. */
    public int imported() {
        return created.size() + updated.size() + unchanged.size();
    }
}
