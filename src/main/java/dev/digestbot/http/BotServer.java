package dev.digestbot.http;

import dev.digestbot.config.ServerSettings;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The bot's HTTP server: Netty event loops parse and write; routes that compute run on a bounded
 * worker pool sized by {@code server.matchThreads}. Port 0 binds a free port; {@link #port()}
 * tells which.
 */
public final class BotServer implements AutoCloseable {

    static {
        // Netty 4.2 describes its buffer allocations as JFR events; registering them with the
        // flight recorder cost a cold JVM about a tenth of a second of CPU while starting, for
        // events no recording of ours asks for. -Dio.netty.jfr.enabled=true brings them back.
        if (System.getProperty("io.netty.jfr.enabled") == null) {
            System.setProperty("io.netty.jfr.enabled", "false");
        }
    }

    private final ServerSettings settings;
    private final EventLoopGroup boss;
    private final EventLoopGroup io;
    private final ThreadPoolExecutor workers;
    private final Channel channel;

    private BotServer(ServerSettings settings, Supplier<Router> router, RequestObserver observer)
            throws InterruptedException {
        this.settings = settings;
        this.boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        this.io = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        this.workers = BoundedPool.of("digestbot-worker-", settings.matchThreads());
        try {
            this.channel = new ServerBootstrap()
                    .group(boss, io)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                    .childHandler(new BotServerInitializer(settings, router, workers, observer))
                    .bind(settings.host(), settings.port())
                    .sync()
                    .channel();
        } catch (RuntimeException | InterruptedException e) {
            shutdownThreads();
            throw e;
        }
    }

    /** Binds and starts serving; fails if the address cannot be bound. */
    public static BotServer start(ServerSettings settings, Router router, RequestObserver observer)
            throws InterruptedException {
        return start(settings, () -> router, observer);
    }

    /**
     * Binds and starts serving with whichever router {@code router} gives at each request, as
     * when a start-up router that answers only health and readiness gives way to the full one.
     * It does not log "listening": whoever starts it says so once the bot can serve.
     */
    public static BotServer start(ServerSettings settings, Supplier<Router> router,
            RequestObserver observer) throws InterruptedException {
        return new BotServer(settings, router, observer);
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /**
     * Stops accepting connections, lets in-flight requests finish within the grace period, then
     * stops the threads.
     */
    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        workers.shutdown();
        try {
            workers.awaitTermination(settings.shutdownGraceMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushQueuedWrites();
        shutdownThreads();
    }

    /**
     * Waits until every event loop has run what was queued on it, which includes the responses
     * the workers just finished: an event loop that shuts down closes its connections before it
     * runs its queued tasks, and would drop those responses.
     */
    private void flushQueuedWrites() {
        for (EventExecutor loop : io) {
            loop.submit(() -> { }).awaitUninterruptibly(settings.shutdownGraceMillis());
        }
    }

    private void shutdownThreads() {
        workers.shutdownNow();
        long quiet = Math.min(200, settings.shutdownGraceMillis());
        io.shutdownGracefully(quiet, settings.shutdownGraceMillis(), TimeUnit.MILLISECONDS)
                .syncUninterruptibly();
        boss.shutdownGracefully(0, quiet, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
