package dev.digestbot.channel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A successful answer of a channel adapter, ready to be written as an HTTP response.
 *
 * @param status HTTP status, 2xx
 * @param contentType the Content-Type header value
 * @param body the response bytes
 */
public record ChannelResponse(int status, String contentType, byte[] body) {

    public static final String TEXT = "text/plain; charset=UTF-8";
    public static final String XML = "application/xml; charset=UTF-8";
    public static final String JSON = "application/json; charset=utf-8";

    public ChannelResponse {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("status: " + status + " (expected: 200..299)");
        }
        Objects.requireNonNull(contentType, "contentType");
        body = body.clone();
    }

    public static ChannelResponse text(String text) {
        return new ChannelResponse(200, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    public static ChannelResponse xml(String xml) {
        return new ChannelResponse(200, XML, xml.getBytes(StandardCharsets.UTF_8));
    }

    public static ChannelResponse json(byte[] json) {
        return new ChannelResponse(200, JSON, json);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChannelResponse that && status == that.status
                && contentType.equals(that.contentType) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "ChannelResponse[status=" + status + ", contentType=" + contentType + ", "
                + body.length + " bytes]";
    }
}
