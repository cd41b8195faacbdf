package dev.digestbot.http;

import dev.digestbot.api.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns refusals and failures into JSON error responses; never shows a stack trace to a client. */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static Response of(ApiException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.error());
        body.put("detail", e.detail());
        body.putAll(new TreeMap<>(e.fields()));
        return Response.jsonFields(e.status(), body);
    }

    static Response of(int status, String error, String detail) {
        return of(new ApiException(status, error, detail));
    }

    /** An unexpected failure: logged once here, answered 500. */
    static Response unexpected(Request request, Throwable failure) {
        LOG.error("{} {} failed", request.method(), request.path(), failure);
        return of(500, "internal_error", "the server failed to handle this request");
    }
}
