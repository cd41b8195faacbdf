package dev.digestbot.http;

import java.util.concurrent.CompletableFuture;

/**
 * An endpoint whose answer may come later without holding a thread meanwhile (a platform
 * callback waiting for a reply shared with retries). It is called on a worker thread.
 */
@FunctionalInterface
public interface AsyncRoute {

    CompletableFuture<Response> handle(Request request) throws ApiException;
}
