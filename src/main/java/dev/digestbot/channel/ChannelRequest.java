package dev.digestbot.channel;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One call of a platform, as a channel sees it: decoded and copied off the server's buffers.
 *
 * @param query the first value of each query parameter
 * @param headers header names in lower case → first value
 */
public record ChannelRequest(String method, Map<String, String> query, Map<String, String> headers,
        byte[] body) {

    public ChannelRequest {
        Objects.requireNonNull(method, "method");
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
