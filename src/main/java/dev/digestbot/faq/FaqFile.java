package dev.digestbot.faq;

import java.nio.file.Path;
import java.util.List;

/** The elements read from a FAQ file, each with the line it starts on. */
record FaqFile<T>(Path file, List<T> items, List<Integer> lines) {

    FaqFile {
        items = List.copyOf(items);
        lines = List.copyOf(lines);
        if (items.size() != lines.size()) {
            throw new IllegalArgumentException("lines: " + lines.size() + " (expected: one per item, " + items.size() + ")");
        }
    }

    /** A file that is not there: no elements. */
    static <T> FaqFile<T> absent(Path file) {
        return new FaqFile<>(file, List.of(), List.of());
    }

    /** The problem of the element at {@code index}, told with its file and line. */
    FaqFormatException problem(int index, String detail) {
        return new FaqFormatException(file, lines.get(index), detail);
    }
}
