package dev.digestbot.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the open connections at {@code maxConnections}, plus a reserve whose connections may only
 * ask for health or readiness ({@link #inReserve}), so a server full of idle or hostile clients
 * still tells its load balancer how it is. A connection past both is closed at once, counted
 * through the observer and logged at most once per {@link #LOG_EVERY_NANOS}.
 */
@ChannelHandler.Sharable
final class ConnectionLimiter extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimiter.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final AttributeKey<Boolean> RESERVE = AttributeKey.valueOf("digestbot.reserve");

    private final int maxConnections;
    private final int reserve;
    private final RequestObserver observer;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger refusedUnlogged = new AtomicInteger();
    private final AtomicLong nextLog = new AtomicLong(System.nanoTime());

    ConnectionLimiter(int maxConnections, int reserve, RequestObserver observer) {
        this.maxConnections = maxConnections;
        this.reserve = reserve;
        this.observer = observer;
    }

    /** Whether the connection was admitted beyond {@code maxConnections}, for health checks only. */
    static boolean inReserve(Channel channel) {
        return Boolean.TRUE.equals(channel.attr(RESERVE).get());
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        int now = open.incrementAndGet();
        if (now > maxConnections + reserve) {
            open.decrementAndGet();
            ctx.pipeline().remove(this);
            ctx.close();
            refused();
            return;
        }
        if (now > maxConnections) {
            ctx.channel().attr(RESERVE).set(true);
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        open.decrementAndGet();
        super.channelInactive(ctx);
    }

    private void refused() {
        observer.connectionRefused();
        int unlogged = refusedUnlogged.incrementAndGet();
        long due = nextLog.get();
        long now = System.nanoTime();
        if (now - due >= 0 && nextLog.compareAndSet(due, now + LOG_EVERY_NANOS)) {
            refusedUnlogged.addAndGet(-unlogged);
            LOG.warn("refused {} connection(s) since the last report: server.maxConnections ({}) and "
                    + "server.reserveConnections ({}) are all open", unlogged, maxConnections, reserve);
        }
    }
}
