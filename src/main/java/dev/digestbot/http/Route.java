package dev.digestbot.http;

/** One endpoint's logic: a request in, a response out, or an {@link ApiException}. */
@FunctionalInterface
public interface Route {

    Response handle(Request request) throws ApiException;
}
