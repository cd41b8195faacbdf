package dev.digestbot.http;

import dev.digestbot.api.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns refusals and failures into JSON error responses; never shows a stack trace to a client. */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static Response of(ApiException e) {
        return of(e.status(), e.error(), e.detail());
    }

    static Response of(int status, String error, String detail) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("detail", detail);
        return Response.jsonFields(status, body);
    }

    /** An unexpected failure: logged once here, answered 500. */
    static Response unexpected(Request request, Throwable failure) {
        LOG.error("{} {} failed", request.method(), request.path(), failure);
        return of(500, "internal_error", "the server failed to handle this request");
    }
}
