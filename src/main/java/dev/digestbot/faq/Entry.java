package dev.digestbot.faq;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One curated question and answer.
 *
 * <p>{@code project} names a {@link Project}; {@code link} overrides the project's repository
 * link for this entry only. {@code source} is null for entries written by hand. {@code sameAs}
 * names the entry this one repeats (the same question published in another digest): the two are
 * one answer to the matcher. {@code disabled} is the reason an entry is never answered (it cannot
 * stand alone), null for an entry in use. {@code updated} is an ISO-8601 instant set by the store
 * on every write.
 */
@JsonPropertyOrder({"id", "question", "alternates", "answer", "project", "link", "source",
        "followups", "tags", "sameAs", "disabled", "updated"})
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
        String sameAs,
        String disabled,
        String updated) {

    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
        followups = followups == null ? List.of() : List.copyOf(followups);
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (id.equals(sameAs)) {
            throw new IllegalArgumentException("sameAs: \"" + sameAs + "\" (expected: the id of another entry)");
        }
        if (disabled != null && disabled.isBlank()) {
            throw new IllegalArgumentException("disabled: \"\" (expected: the reason the entry is not answered)");
        }
    }

    public Entry withUpdated(String newUpdated) {
        return new Entry(id, question, alternates, answer, project, link, source, followups, tags,
                sameAs, disabled, newUpdated);
    }

    public Entry withAlternates(List<String> newAlternates) {
        return new Entry(id, question, newAlternates, answer, project, link, source, followups, tags,
                sameAs, disabled, updated);
    }

    public Entry withProject(String newProject) {
        return new Entry(id, question, alternates, answer, newProject, link, source, followups, tags,
                sameAs, disabled, updated);
    }

    /** This entry with the {@code source} and {@code followups} of {@code other}. */
    public Entry withSourceOf(Entry other) {
        return new Entry(id, question, alternates, answer, project, link, other.source, other.followups,
                tags, sameAs, disabled, updated);
    }

    public Entry withSameAs(String twin) {
        return new Entry(id, question, alternates, answer, project, link, source, followups, tags,
                twin, disabled, updated);
    }

    /** True when the bot may answer with this entry. */
    public boolean enabled() {
        return disabled == null;
    }

    /** True when both entries say the same thing, ignoring the write time. */
    public boolean sameContent(Entry other) {
        return withUpdated(null).equals(other.withUpdated(null));
    }
}
