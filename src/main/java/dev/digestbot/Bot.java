package dev.digestbot;

import dev.digestbot.channel.wechat.WechatEndpoint;
import dev.digestbot.channel.wecom.WecomEndpoint;
import dev.digestbot.channel.wecom.WecomRobot;
import dev.digestbot.chat.ChatService;
import dev.digestbot.config.BotConfig;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.http.BotRoutes;
import dev.digestbot.http.BotServer;
import dev.digestbot.http.ChannelRoutes;
import dev.digestbot.http.RequestObserver;
import dev.digestbot.http.Router;
import dev.digestbot.match.LiveMatcher;
import dev.digestbot.ops.Readiness;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A running bot: the FAQ store, the live matcher and the HTTP server, wired together. */
public final class Bot implements AutoCloseable {

    private final Readiness readiness;
    private final FaqStore store;
    private final BotServer server;
    /** Runs the matcher for platform callbacks, which wait for it without holding a worker. */
    private final ExecutorService replies;

    private Bot(Readiness readiness, FaqStore store, BotServer server, ExecutorService replies) {
        this.readiness = readiness;
        this.store = store;
        this.server = server;
        this.replies = replies;
    }

    /** Loads the FAQ, starts serving, and reports ready once both are done. */
    public static Bot start(BotConfig config, Clock clock)
            throws FaqFormatException, IOException, InterruptedException {
        Readiness readiness = new Readiness();
        FaqStore store = FaqStore.open(config.faqDir(), clock);
        LiveMatcher matcher = new LiveMatcher(config.match());
        store.onChange(matcher);
        store.onChange(readiness::serving);
        WecomRobot robot = WecomRobot.of(config.wecom(), clock);
        ChatService chat = new ChatService(matcher::current, config.chat(), clock,
                robot == null ? reply -> { } : robot::push);
        ExecutorService replies = Executors.newFixedThreadPool(config.server().matchThreads(),
                runnable -> {
                    Thread thread = new Thread(runnable, "digestbot-reply");
                    thread.setDaemon(true);
                    return thread;
                });
        ChannelRoutes channels = new ChannelRoutes(
                WechatEndpoint.create(config.wechat(), chat::reply, replies, clock),
                WecomEndpoint.create(config.wecom(), chat::reply, replies, clock));
        Router router = channels.addTo(new BotRoutes(readiness, matcher, chat)
                .addTo(Router.builder())).build();
        BotServer server = BotServer.start(config.server(), router, RequestObserver.NONE);
        readiness.ready();
        return new Bot(readiness, store, server, replies);
    }

    public int port() {
        return server.port();
    }

    public FaqStore store() {
        return store;
    }

    /** Turns unready first so load balancers drain, then lets in-flight requests finish. */
    @Override
    public void close() {
        readiness.stopping();
        server.close();
        replies.shutdownNow();
    }
}
