package dev.digestbot.http;

import dev.digestbot.config.ServerSettings;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One pipeline per connection: connection cap, idle timeout, first-byte and request deadlines, HTTP codec with
 * header limits, body aggregation with the body limit, then the request handler.
 */
final class BotServerInitializer extends ChannelInitializer<SocketChannel> {

    /**
     * Requests one connection may have decoded but not yet answered. The request handler stops
     * reading while any is pending, so this is bounded by what one socket read (at most 64 KiB)
     * holds: 4,096 requests of 16 bytes. Netty's default of 128 closed the connection of a client
     * that pipelined more requests in one burst.
     */
    private static final int MAX_PIPELINE_DEPTH = 64 * 1024 / 16;

    private final ServerSettings settings;
    private final Supplier<Router> router;
    private final Executor workers;
    private final RequestObserver observer;
    private final ConnectionLimiter limiter;

    BotServerInitializer(ServerSettings settings, Supplier<Router> router, Executor workers,
            RequestObserver observer) {
        this.settings = settings;
        this.router = router;
        this.workers = workers;
        this.observer = observer;
        this.limiter = new ConnectionLimiter(settings.maxConnections(),
                settings.reserveConnections(), observer);
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline()
                .addLast("limit", limiter)
                .addLast("idle", new IdleStateHandler(0, 0, settings.idleTimeoutSeconds(), TimeUnit.SECONDS))
                .addLast("closeIdle", new CloseOnIdle())
                .addLast("deadline", new RequestDeadline(settings.firstByteTimeoutMillis(),
                        settings.readTimeoutMillis()))
                .addLast("codec", new HttpServerCodec(new HttpDecoderConfig()
                        .setMaxInitialLineLength(8192)
                        .setMaxHeaderSize(settings.maxHeaderBytes()), MAX_PIPELINE_DEPTH))
                .addLast("aggregate", new JsonBodyAggregator(settings.maxBodyBytes()))
                .addLast("handler", new RequestHandler(router, workers, observer));
    }

    /** Closes a connection that has been silent for the idle timeout. */
    private static final class CloseOnIdle extends ChannelInboundHandlerAdapter {

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof IdleStateEvent) {
                ctx.close();
            } else {
                super.userEventTriggered(ctx, evt);
            }
        }
    }
}
