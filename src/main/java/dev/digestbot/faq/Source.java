package dev.digestbot.faq;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Where an imported entry came from: the digest file name, the item's position in the digest
 * (1-based, in reading order, because published numbering repeats and skips), the digest date,
 * and the importer's fingerprint of what it wrote. When the entry's content no longer matches
 * the fingerprint, someone edited it by hand and a re-import leaves it alone.
 */
@JsonPropertyOrder({"digest", "item", "date", "fingerprint"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String digest, int item, String date, String fingerprint) {

    public Source {
        Objects.requireNonNull(digest, "digest");
        if (item < 1) {
            throw new IllegalArgumentException("item: " + item + " (expected: >= 1)");
        }
    }

    /** A source without a fingerprint, as for entries not written by the importer. */
    public Source(String digest, int item, String date) {
        this(digest, item, date, null);
    }
}
