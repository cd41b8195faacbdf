package dev.digestbot.digest;

/** A file that cannot be imported as a digest: not UTF-8, not text, or without a Q&A section. */
public final class DigestFormatException extends Exception {

    public DigestFormatException(String message) {
        super(message);
    }
}
