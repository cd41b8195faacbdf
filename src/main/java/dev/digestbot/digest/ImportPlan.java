package dev.digestbot.digest;

import dev.digestbot.faq.FaqChange;
import java.util.List;
import java.util.Objects;

/**
 * What importing one digest would change: its report, the version of the FAQ it was worked out
 * on, and the steps that make the change (create, replace and delete entries).
 */
public record ImportPlan(DigestReport report, long baseVersion, List<FaqChange.Step> steps) {

    public ImportPlan {
        Objects.requireNonNull(report, "report");
        steps = List.copyOf(steps);
    }
}
