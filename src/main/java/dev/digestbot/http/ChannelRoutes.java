package dev.digestbot.http;

import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.channel.wechat.WechatEndpoint;
import dev.digestbot.channel.wecom.WecomEndpoint;
import dev.digestbot.ops.WebhookRejections;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The platform callbacks {@code GET/POST /wechat} and {@code /wecom}: hands method, query and
 * body to the channel endpoints and renders what they answer; their refusals become the usual
 * {@code {"error","detail"}} responses.
 */
public final class ChannelRoutes {

    /** One channel endpoint, seen without its platform types. */
    @FunctionalInterface
    interface Endpoint {
        CompletableFuture<ChannelResponse> handle(String method, Map<String, String> query,
                byte[] body);
    }

    private final WechatEndpoint wechat;
    private final WecomEndpoint wecom;
    private final WebhookRejections rejections;

    public ChannelRoutes(WechatEndpoint wechat, WecomEndpoint wecom, WebhookRejections rejections) {
        this.wechat = wechat;
        this.wecom = wecom;
        this.rejections = rejections;
    }

    public Router.Builder addTo(Router.Builder router) {
        return router
                .async("GET", "/wechat", request -> call("wechat", wechat::handle, request))
                .async("POST", "/wechat", request -> call("wechat", wechat::handle, request))
                .async("GET", "/wecom", request -> call("wecom", wecom::handle, request))
                .async("POST", "/wecom", request -> call("wecom", wecom::handle, request));
    }

    private CompletableFuture<Response> call(String channel, Endpoint endpoint, Request request) {
        return endpoint.handle(request.method(), request.query(), request.body())
                .handle((answer, failure) -> {
                    if (failure == null) {
                        return new Response(answer.status(), answer.contentType(), answer.body(),
                                Map.of());
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    if (cause instanceof ChannelException refused) {
                        rejections.rejected(channel, refused.error());
                        return ErrorResponses.of(refused.status(), refused.error(), refused.detail());
                    }
                    return ErrorResponses.unexpected(request, cause);
                });
    }
}
