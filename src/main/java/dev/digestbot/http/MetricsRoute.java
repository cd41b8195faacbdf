package dev.digestbot.http;

import java.util.function.Supplier;

/** {@code GET /metrics}: the Prometheus text the ops layer renders; cheap, so run inline. */
public final class MetricsRoute implements Route {

    private final String contentType;
    private final Supplier<String> scrape;

    public MetricsRoute(String contentType, Supplier<String> scrape) {
        this.contentType = contentType;
        this.scrape = scrape;
    }

    @Override
    public Response handle(Request request) {
        return Response.text(200, contentType, scrape.get());
    }
}
