package dev.digestbot.api;

import java.util.Map;

/**
 * A request the server refuses, rendered as {@code {"error": ..., "detail": ...}} with its status
 * by the HTTP layer's one error mapper. A refusal may add fields a client acts on, such as the
 * current {@code faqVersion} of a 409 {@code stale_version}.
 */
public final class ApiException extends Exception {

    private final int status;
    private final String error;
    private final Map<String, Object> fields;

    public ApiException(int status, String error, String detail) {
        this(status, error, detail, Map.of());
    }

    /** @param fields plain values (strings, numbers, booleans) added to the error body */
    public ApiException(int status, String error, String detail, Map<String, Object> fields) {
        super(detail);
        this.status = status;
        this.error = error;
        this.fields = Map.copyOf(fields);
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

    /** Fields the error body has besides {@code error} and {@code detail}. */
    public Map<String, Object> fields() {
        return fields;
    }
}
