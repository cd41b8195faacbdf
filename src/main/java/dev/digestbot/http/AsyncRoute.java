package dev.digestbot.http;

import dev.digestbot.api.ApiException;
import java.util.concurrent.CompletableFuture;

/**
 * An endpoint whose answer may come later without holding a thread meanwhile (a chat channel
 * waiting for its reply). It is called on the event loop, so it must not block.
 */
@FunctionalInterface
public interface AsyncRoute {

    CompletableFuture<Response> handle(Request request) throws ApiException;
}
