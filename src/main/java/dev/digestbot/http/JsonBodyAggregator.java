package dev.digestbot.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.util.ReferenceCountUtil;

/**
 * Aggregates request bodies up to the limit and answers a JSON 413 past it, then closes. A
 * request that announces an oversized body with {@code Expect: 100-continue} gets the JSON 413
 * before sending it, and an unsupported expectation a JSON 417; both close the connection.
 */
final class JsonBodyAggregator extends HttpObjectAggregator {

    private final int maxBodyBytes;

    JsonBodyAggregator(int maxBodyBytes) {
        super(maxBodyBytes, true);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        RequestHandler.write(ctx, tooLarge(), false);
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        Object response = super.newContinueResponse(start, maxContentLength, pipeline);
        if (!(response instanceof HttpResponse refused)
                || refused.status().codeClass() != HttpStatusClass.CLIENT_ERROR) {
            return response;
        }
        ReferenceCountUtil.release(response);
        Response json = refused.status().equals(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE) ? tooLarge()
                : ErrorResponses.of(417, "expectation_failed", "only Expect: 100-continue is supported");
        return RequestHandler.toNetty(json, false);
    }

    private Response tooLarge() {
        return ErrorResponses.of(413, "body_too_large",
                "request body is over the limit of " + maxBodyBytes + " bytes");
    }
}
