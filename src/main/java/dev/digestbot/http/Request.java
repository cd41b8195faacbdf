package dev.digestbot.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.api.ApiException;
import dev.digestbot.api.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request as routes see it: decoded, copied off Netty's buffers, safe to hand to another
 * thread.
 *
 * @param path the path without the query string
 * @param query the first value of each query parameter
 * @param headers header names in lower case → first value
 */
public record Request(String method, String path, Map<String, String> query,
        Map<String, String> headers, byte[] body) {

    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The body as a JSON object under the rules of {@link Json#object}, or a 400. */
    public JsonNode jsonObject() throws ApiException {
        return Json.object(header("content-type"), body);
    }

    /** The path's segments after a prefix: {@code /admin/entries/7} after {@code /admin} → [entries, 7]. */
    public List<String> segmentsAfter(String prefix) {
        String rest = path.substring(prefix.length());
        return rest.isEmpty() || rest.equals("/") ? List.of()
                : List.of(rest.replaceFirst("^/", "").split("/", -1));
    }
}
