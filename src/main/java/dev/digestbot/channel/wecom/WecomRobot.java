package dev.digestbot.channel.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestbot.chat.ChatMessage;
import dev.digestbot.chat.Outbound;
import dev.digestbot.chat.ReplyTruncator;
import dev.digestbot.json.JsonMapping;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WeCom channel's outbound: pushes answers into the robot's group through its webhook, as
 * {@code text} (at most 2048 bytes) or {@code markdown} (at most 4096 bytes) JSON; longer answers
 * are cut, since the robot rejects rather than truncates them. The robot takes 20 messages a
 * minute, which the chat layer keeps to. The webhook URL holds the robot's key and is never
 * logged. Thread-safe.
 */
public final class WecomRobot implements Outbound {

    public static final int TEXT_MAX_BYTES = 2048;
    public static final int MARKDOWN_MAX_BYTES = 4096;
    public static final int PER_MINUTE = 20;

    private static final Logger LOG = LoggerFactory.getLogger(WecomRobot.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI webhook;
    private final boolean markdown;
    private final HttpClient client;

    public WecomRobot(URI webhook, String format, HttpClient client) {
        this.webhook = webhook;
        this.markdown = "markdown".equals(format);
        this.client = client;
    }

    /** A robot for the configured webhook, empty when none is configured. */
    public static Optional<WecomRobot> of(WecomSettings settings) {
        if (!settings.robotEnabled()) {
            return Optional.empty();
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        return Optional.of(new WecomRobot(settings.robotWebhook(), settings.robotFormat(), client));
    }

    @Override
    public int perMinute() {
        return PER_MINUTE;
    }

    /** A group message: the robot posts into its group, where a direct chat's reply does not belong. */
    @Override
    public boolean reaches(ChatMessage message) {
        return message.inGroup();
    }

    /** Posts the reply to the robot's group, the one its webhook names. */
    @Override
    public CompletableFuture<Boolean> push(ChatMessage message, String text) {
        HttpRequest request = HttpRequest.newBuilder(webhook)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(text)))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(this::outcome)
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    // Only the type: messages of some failures repeat the URL, and with it the key.
                    LOG.warn("wecom robot: push failed ({})", cause.getClass().getSimpleName());
                    return false;
                });
    }

    byte[] body(String text) {
        String type = markdown ? "markdown" : "text";
        String content = ReplyTruncator.truncate(text, markdown ? MARKDOWN_MAX_BYTES : TEXT_MAX_BYTES);
        ObjectNode root = JsonMapping.MAPPER.createObjectNode().put("msgtype", type);
        root.putObject(type).put("content", content);
        try {
            return JsonMapping.MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render a JSON object of strings", e);
        }
    }

    /** Errors come back with HTTP 200 too, so the errcode decides. */
    private boolean outcome(HttpResponse<byte[]> response) {
        try {
            JsonNode reply = JsonMapping.MAPPER.readTree(response.body());
            if (response.statusCode() == 200 && reply != null && reply.path("errcode").asInt(-1) == 0) {
                return true;
            }
            LOG.warn("wecom robot: push refused (HTTP {}, errcode {}, errmsg {})",
                    response.statusCode(), reply == null ? null : reply.path("errcode").asText(),
                    reply == null ? null : reply.path("errmsg").asText());
        } catch (IOException e) {
            LOG.warn("wecom robot: push answered HTTP {} without JSON", response.statusCode());
        }
        return false;
    }
}
