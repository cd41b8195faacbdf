package dev.digestbot.http;

/** Told about every answered request, for metrics and access logs. Must not block. */
@FunctionalInterface
public interface RequestObserver {

    RequestObserver NONE = (request, status, nanos) -> { };

    void completed(Request request, int status, long nanos);
}
