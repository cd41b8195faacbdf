package dev.digestbot.ops;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * Messages without a confident answer that normalize to the same text.
 *
 * @param id stable short id of the normalized text, for {@code /admin/unanswered/{id}}
 * @param text the first message of the group as written (cut at {@link UnansweredQueue#MAX_TEXT})
 * @param count how often it was seen
 * @param decision the latest decision, SUGGEST or NONE
 * @param best the latest best candidate, or null when the matcher had none
 */
@JsonPropertyOrder({"id", "text", "count", "lastSeen", "decision", "best"})
public record UnansweredGroup(String id, String text, long count, @JsonIgnore Instant lastSeen,
        String decision, Best best) {

    /** The entry that came closest. */
    @JsonPropertyOrder({"id", "question", "score"})
    public record Best(String id, String question, double score) {

        public Best {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(question, "question");
        }
    }

    public UnansweredGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(decision, "decision");
        if (count < 1) {
            throw new IllegalArgumentException("count: " + count + " (expected: >= 1)");
        }
    }

    /** ISO-8601 instant of the last sighting. */
    @JsonProperty("lastSeen")
    public String lastSeenText() {
        return lastSeen.toString();
    }

    UnansweredGroup seenAgain(Instant at, String newDecision, Best newBest) {
        return new UnansweredGroup(id, text, count + 1, at, newDecision, newBest);
    }
}
