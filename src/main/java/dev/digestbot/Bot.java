package dev.digestbot;

import dev.digestbot.faq.FaqRepository;
import dev.digestbot.http.BotServer;
import dev.digestbot.ops.Readiness;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/** A running bot, as {@link BotFactory} starts it: the FAQ store, the reply pool and the HTTP server. */
public final class Bot implements AutoCloseable {

    private final Readiness readiness;
    private final FaqRepository store;
    private final BotServer server;
    private final ExecutorService replies;
    private final Optional<FaqRepository.Watch> watcher;

    Bot(Readiness readiness, FaqRepository store, BotServer server, ExecutorService replies,
            Optional<FaqRepository.Watch> watcher) {
        this.readiness = readiness;
        this.store = store;
        this.server = server;
        this.replies = replies;
        this.watcher = watcher;
    }

    public int port() {
        return server.port();
    }

    public FaqRepository store() {
        return store;
    }

    /** Turns unready first so load balancers drain, then lets in-flight requests finish. */
    @Override
    public void close() {
        readiness.stopping();
        server.close();
        replies.shutdownNow();
        watcher.ifPresent(FaqRepository.Watch::close);
    }
}
