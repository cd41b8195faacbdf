package dev.digestbot.http;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cuts off a new connection that sends nothing within the first-byte timeout, and a client that
 * takes longer than the read timeout to send a whole request, from its first byte until the
 * request is decoded (or refused), so neither silent connections nor a client that trickles its
 * headers or body one byte at a time can hold the server's connections. The time the server
 * takes to answer does not count. Idle keep-alive connections are the idle handler's job.
 */
final class RequestDeadline extends ChannelDuplexHandler {

    private final long firstByteMillis;
    private final long timeoutMillis;
    private ScheduledFuture<?> firstByte;
    private ScheduledFuture<?> deadline;

    RequestDeadline(long firstByteMillis, long timeoutMillis) {
        this.firstByteMillis = firstByteMillis;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        firstByte = ctx.executor().schedule(() -> {
            ctx.close();
        }, firstByteMillis, TimeUnit.MILLISECONDS);
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (deadline == null && msg instanceof ByteBuf buf && buf.isReadable()) {
            cancelFirstByte();
            deadline = ctx.executor().schedule(() -> {
                ctx.close();
            }, timeoutMillis, TimeUnit.MILLISECONDS);
        }
        super.channelRead(ctx, msg);
    }

    /** The request of the connection has arrived whole: its client is no longer being timed. */
    static void received(ChannelHandlerContext ctx) {
        RequestDeadline deadline = ctx.pipeline().get(RequestDeadline.class);
        if (deadline != null) {
            deadline.cancel();
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        cancel();
        super.write(ctx, msg, promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancelFirstByte();
        cancel();
        super.channelInactive(ctx);
    }

    private void cancelFirstByte() {
        if (firstByte != null) {
            firstByte.cancel(false);
            firstByte = null;
        }
    }

    private void cancel() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }
}
