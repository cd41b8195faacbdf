package dev.digestbot.http;

import dev.digestbot.api.ApiException;
import java.util.Optional;

/**
 * The part of a worker route that can answer at once from memory, such as an answer already in
 * the matcher's cache. It runs on the event loop before the request is handed to a worker, so a
 * quick answer costs no thread hand-off; it must not block.
 */
@FunctionalInterface
public interface QuickRoute {

    QuickRoute NEVER = request -> Optional.empty();

    /** The response when it is at hand, empty when the worker route has to compute it. */
    Optional<Response> tryHandle(Request request) throws ApiException;
}
