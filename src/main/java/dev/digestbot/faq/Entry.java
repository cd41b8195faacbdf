package dev.digestbot.faq;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One curated question and answer.
 *
 * <p>{@code project} names a {@link Project}; {@code link} overrides the project's repository
 * link for this entry only. {@code source} is null for entries written by hand. {@code updated}
 * is an ISO-8601 instant set by the store on every write.
 */
@JsonPropertyOrder({"id", "question", "alternates", "answer", "project", "link", "source",
        "followups", "tags", "updated"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entry(
        String id,
        String question,
        List<String> alternates,
        String answer,
        String project,
        String link,
        Source source,
        List<Followup> followups,
        List<String> tags,
        String updated) {

    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
        followups = followups == null ? List.of() : List.copyOf(followups);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public Entry withUpdated(String newUpdated) {
        return new Entry(id, question, alternates, answer, project, link, source, followups, tags,
                newUpdated);
    }

    public Entry withAlternates(List<String> newAlternates) {
        return new Entry(id, question, newAlternates, answer, project, link, source, followups, tags,
                updated);
    }

    /** True when both entries say the same thing, ignoring the write time. */
    public boolean sameContent(Entry other) {
        return withUpdated(null).equals(other.withUpdated(null));
    }
}
