package dev.digestbot.api;

/**
 * A request the server refuses, rendered as {@code {"error": ..., "detail": ...}} with its status
 * by the HTTP layer's one error mapper.
 */
public final class ApiException extends Exception {

    private final int status;
    private final String error;

    public ApiException(int status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }
}
