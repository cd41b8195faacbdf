package dev.digestbot.channel.generic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.api.ApiException;
import dev.digestbot.api.Json;
import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelRequest;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.channel.ChatChannel;
import dev.digestbot.chat.ChatMessage;
import dev.digestbot.chat.Responder;
import dev.digestbot.json.JsonMapping;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The generic group-chat webhook, {@code POST /webhook/chat}: a bridge posts
 * {@code {"chatId","sender","text","mentioned"?,"msgId"?}} and gets {@code {"reply": str or null}}.
 * A bridge that retries with the same {@code msgId} gets the first reply again.
 *
 * <p>Refusals: 400 for a body that is not the JSON object above, naming the problem, as every
 * JSON route of the bot does.
 */
public final class WebhookChannel implements ChatChannel {

    private final Responder responder;

    public WebhookChannel(Responder responder) {
        this.responder = responder;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public String path() {
        return "/webhook/chat";
    }

    @Override
    public Set<String> methods() {
        return Set.of("POST");
    }

    @Override
    public CompletableFuture<ChannelResponse> handle(ChannelRequest request) {
        ChatMessage message;
        try {
            JsonNode body = Json.object(request.header("content-type"), request.body());
            message = new ChatMessage(name(),
                    Json.requiredString(body, "chatId"),
                    Json.requiredString(body, "sender"),
                    Json.requiredString(body, "text"),
                    Json.optionalBoolean(body, "mentioned"),
                    Json.optionalString(body, "msgId"));
        } catch (ApiException e) {
            return CompletableFuture.failedFuture(new ChannelException(e.status(), e.error(), e.detail()));
        }
        return responder.reply(message).thenApply(reply -> ChannelResponse.json(
                render(Collections.singletonMap("reply", reply.orElse(null)))));
    }

    private static byte[] render(Object value) {
        try {
            return JsonMapping.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a map of one string", e);
        }
    }
}
