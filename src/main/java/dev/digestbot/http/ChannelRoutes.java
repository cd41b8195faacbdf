package dev.digestbot.http;

import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelRequest;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.channel.ChatChannel;
import dev.digestbot.ops.WebhookRejections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

/**
 * The routes of the configured chat channels: each channel's methods on its path, called on the
 * event loop with the request and answered when its future completes. A channel's refusal becomes
 * the usual {@code {"error","detail"}} response and is counted by channel and reason; a reply
 * pool too busy to take the message is a 503 {@code overloaded}.
 */
public final class ChannelRoutes {

    private final List<ChatChannel> channels;
    private final WebhookRejections rejections;

    public ChannelRoutes(List<ChatChannel> channels, WebhookRejections rejections) {
        this.channels = List.copyOf(channels);
        this.rejections = rejections;
    }

    public Router.Builder addTo(Router.Builder router) {
        for (ChatChannel channel : channels) {
            for (String method : channel.methods()) {
                router.async(method, channel.path(), request -> call(channel, request));
            }
        }
        return router;
    }

    private CompletableFuture<Response> call(ChatChannel channel, Request request) {
        ChannelRequest call = new ChannelRequest(request.method(), request.query(), request.headers(),
                request.body());
        return channel.handle(call).handle((answer, failure) -> {
            if (failure == null) {
                return respond(answer);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof ChannelException refused) {
                rejections.rejected(channel.name(), refused.error());
                return ErrorResponses.of(refused.status(), refused.error(), refused.detail());
            }
            if (cause instanceof RejectedExecutionException) {
                rejections.rejected(channel.name(), "overloaded");
                return ErrorResponses.of(503, "overloaded", "the bot is busy; retry shortly")
                        .withHeader("Retry-After", "1");
            }
            return ErrorResponses.unexpected(request, cause);
        });
    }

    private static Response respond(ChannelResponse answer) {
        return new Response(answer.status(), answer.contentType(), answer.body(), Map.of());
    }
}
