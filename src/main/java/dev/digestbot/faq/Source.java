package dev.digestbot.faq;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Where an imported entry came from: the digest file name, the item's position in the digest
 * (1-based, in reading order, because published numbering repeats and skips), and the digest date.
 */
@JsonPropertyOrder({"digest", "item", "date"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String digest, int item, String date) {

    public Source {
        Objects.requireNonNull(digest, "digest");
        if (item < 1) {
            throw new IllegalArgumentException("item: " + item + " (expected: >= 1)");
        }
    }
}
