package dev.digestbot.faq;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One kept version of the FAQ, as {@code GET /admin/versions} lists it.
 *
 * @param savedAt ISO-8601 instant the version was kept
 * @param reason what made it: {@code loaded} (what the bot started with), {@code hand edit}, or the
 *     change's own words ({@code create entry x}, {@code delete project P}, {@code rollback to 7})
 */
@JsonPropertyOrder({"version", "savedAt", "reason", "entries", "projects"})
public record FaqVersion(long version, String savedAt, String reason, int entries, int projects) {

    public FaqVersion {
        if (version < 1) {
            throw new IllegalArgumentException("version: " + version + " (expected: >= 1)");
        }
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
