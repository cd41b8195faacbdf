package dev.digestbot.http;

import dev.digestbot.api.ApiException;

/** One endpoint's logic: a request in, a response out, or an {@link ApiException}. */
@FunctionalInterface
public interface Route {

    Response handle(Request request) throws ApiException;
}
