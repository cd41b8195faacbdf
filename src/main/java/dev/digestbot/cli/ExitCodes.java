package dev.digestbot.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** The exit codes every command keeps to, as the README states them, and how a failure reads. */
final class ExitCodes {

    static final int DONE = 0;
    /** A FAQ file or an input could not be used. */
    static final int FAILED = 1;
    /** Bad usage or invalid configuration. */
    static final int BAD_USAGE = 2;

    private ExitCodes() {
    }

    /** An I/O failure in words: {@link NoSuchFileException} alone only says the path. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return e.getMessage() + ": permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
