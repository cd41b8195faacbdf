package dev.digestbot.channel.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestbot.chat.ReplyTruncator;
import dev.digestbot.chat.SenderRateLimit;
import dev.digestbot.json.JsonMapping;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes answers into a WeCom group through its robot webhook, as {@code text} (at most 2048
 * bytes) or {@code markdown} (at most 4096 bytes) JSON; longer answers are cut, since the robot
 * rejects rather than truncates them. At most 20 messages per sliding minute, the robot's
 * limit; further pushes are dropped. The webhook URL holds the robot's key and is never logged.
 * Thread-safe.
 */
public final class WecomRobot {

    public static final int TEXT_MAX_BYTES = 2048;
    public static final int MARKDOWN_MAX_BYTES = 4096;
    public static final int PER_MINUTE = 20;

    /** What became of one push. */
    public enum Outcome { SENT, RATE_LIMITED, FAILED }

    private static final Logger LOG = LoggerFactory.getLogger(WecomRobot.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI webhook;
    private final boolean markdown;
    private final HttpClient client;
    private final SenderRateLimit limit;

    public WecomRobot(URI webhook, String format, HttpClient client, Clock clock) {
        this.webhook = webhook;
        this.markdown = "markdown".equals(format);
        this.client = client;
        this.limit = new SenderRateLimit(PER_MINUTE, clock);
    }

    /** A robot for the configured webhook; null when none is configured. */
    public static WecomRobot of(WecomSettings settings, Clock clock) {
        if (!settings.robotEnabled()) {
            return null;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        return new WecomRobot(settings.robotWebhook(), settings.robotFormat(), client, clock);
    }

    public CompletableFuture<Outcome> push(String text) {
        if (!limit.tryAcquire("robot")) {
            LOG.warn("wecom robot: {} messages in the last minute; push dropped", PER_MINUTE);
            return CompletableFuture.completedFuture(Outcome.RATE_LIMITED);
        }
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
                    return Outcome.FAILED;
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
    private Outcome outcome(HttpResponse<byte[]> response) {
        try {
            JsonNode reply = JsonMapping.MAPPER.readTree(response.body());
            if (response.statusCode() == 200 && reply != null && reply.path("errcode").asInt(-1) == 0) {
                return Outcome.SENT;
            }
            LOG.warn("wecom robot: push refused (HTTP {}, errcode {}, errmsg {})",
                    response.statusCode(), reply == null ? null : reply.path("errcode").asText(),
                    reply == null ? null : reply.path("errmsg").asText());
        } catch (IOException e) {
            LOG.warn("wecom robot: push answered HTTP {} without JSON", response.statusCode());
        }
        return Outcome.FAILED;
    }
}
