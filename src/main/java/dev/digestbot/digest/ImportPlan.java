package dev.digestbot.digest;

import dev.digestbot.faq.Entry;
import java.util.List;
import java.util.Objects;

/**
 * What importing one digest would change: its report, the version of the FAQ it was worked out
 * on, the entries to create or update, and the ids of entries to remove because their items are
 * gone.
 */
public record ImportPlan(DigestReport report, long baseVersion, List<Entry> writes, List<String> removals) {

    public ImportPlan {
        Objects.requireNonNull(report, "report");
        writes = List.copyOf(writes);
        removals = List.copyOf(removals);
    }
}
