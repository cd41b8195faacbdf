package dev.digestbot.http;

/** Told about every answered request and every refused connection, for metrics. Must not block. */
@FunctionalInterface
public interface RequestObserver {

    RequestObserver NONE = (request, status, nanos) -> { };

    void completed(Request request, int status, long nanos);

    /** A connection was closed at once because the server holds its maximum. */
    default void connectionRefused() {
    }
}
