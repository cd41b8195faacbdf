package dev.digestbot;

import dev.digestbot.chat.ChatService;
import dev.digestbot.config.BotConfig;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.http.BotRoutes;
import dev.digestbot.http.BotServer;
import dev.digestbot.http.RequestObserver;
import dev.digestbot.http.Router;
import dev.digestbot.match.LiveMatcher;
import dev.digestbot.ops.Readiness;
import java.io.IOException;
import java.time.Clock;

/** A running bot: the FAQ store, the live matcher and the HTTP server, wired together. */
public final class Bot implements AutoCloseable {

    private final Readiness readiness;
    private final FaqStore store;
    private final BotServer server;

    private Bot(Readiness readiness, FaqStore store, BotServer server) {
        this.readiness = readiness;
        this.store = store;
        this.server = server;
    }

    /** Loads the FAQ, starts serving, and reports ready once both are done. */
    public static Bot start(BotConfig config, Clock clock)
            throws FaqFormatException, IOException, InterruptedException {
        Readiness readiness = new Readiness();
        FaqStore store = FaqStore.open(config.faqDir(), clock);
        LiveMatcher matcher = new LiveMatcher(config.match());
        store.onChange(matcher);
        store.onChange(readiness::serving);
        ChatService chat = new ChatService(matcher::current, config.botName());
        Router router = new BotRoutes(readiness, matcher, chat).addTo(Router.builder()).build();
        BotServer server = BotServer.start(config.server(), router, RequestObserver.NONE);
        readiness.ready();
        return new Bot(readiness, store, server);
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
    }
}
