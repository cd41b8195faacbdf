package dev.digestbot.faq;

import java.nio.file.Path;

/** A FAQ file that cannot be read as FAQ data; names the file and, where known, the line. */
public final class FaqFormatException extends Exception {

    private final Path file;
    private final int line;

    public FaqFormatException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
