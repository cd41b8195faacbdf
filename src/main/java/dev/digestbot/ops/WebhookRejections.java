package dev.digestbot.ops;

/** Counts chat platform calls a channel endpoint refused (bad signature, malformed body, ...). */
@FunctionalInterface
public interface WebhookRejections {

    WebhookRejections NONE = (channel, reason) -> { };

    /**
     * @param channel the endpoint's channel ({@code webhook}, {@code wechat}, {@code wecom})
     * @param reason a short fixed code such as {@code malformed_json}; never request content
     */
    void rejected(String channel, String reason);
}
