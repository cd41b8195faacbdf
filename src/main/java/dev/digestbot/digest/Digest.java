package dev.digestbot.digest;

import java.util.List;
import java.util.Objects;

/**
 * A parsed digest: its file name, its date ({@code YYYY-MM-DD}, or null when it gives none),
 * the items that became Q&A pairs and the items that were skipped.
 */
record Digest(String fileName, String date, List<DigestItem> items, List<SkippedItem> skipped) {

    Digest {
        Objects.requireNonNull(fileName, "fileName");
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
    }

    /** The file name without {@code .md}: the prefix of its entries' ids. */
    String stem() {
        return fileName.replaceFirst("(?i)\\.(md|markdown)$", "");
    }

    int itemsFound() {
        return items.size() + skipped.size();
    }
}
