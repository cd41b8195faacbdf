package dev.digestbot.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;

/** Aggregates request bodies up to the limit and answers a JSON 413 past it, then closes. */
final class JsonBodyAggregator extends HttpObjectAggregator {

    private final int maxBodyBytes;

    JsonBodyAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        Response tooLarge = ErrorResponses.of(413, "body_too_large",
                "request body is over the limit of " + maxBodyBytes + " bytes");
        RequestHandler.write(ctx, tooLarge, false);
    }
}
