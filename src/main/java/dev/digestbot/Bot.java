package dev.digestbot;

import dev.digestbot.chat.ChatService;
import dev.digestbot.chat.DecisionObserver;
import dev.digestbot.config.BotConfig;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.faq.FaqWatcher;
import dev.digestbot.http.BotRoutes;
import dev.digestbot.http.BotServer;
import dev.digestbot.http.MetricsRoute;
import dev.digestbot.http.admin.AdminRoutes;
import dev.digestbot.http.RequestObserver;
import dev.digestbot.http.Router;
import dev.digestbot.match.LiveMatcher;
import dev.digestbot.match.Normalizer;
import dev.digestbot.ops.MessageLog;
import dev.digestbot.ops.Metrics;
import dev.digestbot.ops.Readiness;
import dev.digestbot.ops.UnansweredQueue;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** A running bot: the FAQ store, the live matcher and the HTTP server, wired together. */
public final class Bot implements AutoCloseable {

    private final Readiness readiness;
    private final FaqStore store;
    private final BotServer server;
    private final Optional<FaqWatcher> watcher;

    private Bot(Readiness readiness, FaqStore store, BotServer server, Optional<FaqWatcher> watcher) {
        this.readiness = readiness;
        this.store = store;
        this.server = server;
        this.watcher = watcher;
    }

    /** Loads the FAQ, starts serving, and reports ready once both are done. */
    public static Bot start(BotConfig config, Clock clock)
            throws FaqFormatException, IOException, InterruptedException {
        Readiness readiness = new Readiness();
        FaqStore store = FaqStore.open(config.faqDir(), clock, config.faq().keepVersions());
        LiveMatcher matcher = new LiveMatcher(config.match());
        store.onChange(matcher);
        store.onChange(readiness::serving);
        Metrics metrics = new Metrics(store::snapshot, () -> matcher.current().cacheHitRatio());
        UnansweredQueue unanswered = new UnansweredQueue(config.admin().unansweredSize(), clock,
                new Normalizer()::normalize);
        ChatService chat = new ChatService(matcher::current, config.botName(),
                DecisionObserver.all(metrics, unanswered, new MessageLog()));
        Router.Builder routes = new BotRoutes(readiness, chat, metrics).addTo(Router.builder())
                .inline("GET", "/metrics", new MetricsRoute(Metrics.contentType(), metrics::scrape));
        if (config.admin().enabled()) {
            new AdminRoutes(config.admin().token(), store, unanswered).addTo(routes);
        }
        Router router = routes.build();
        RequestObserver observer = (request, status, nanos) ->
                metrics.request(request.method(), router.patternOf(request.path()), status);
        BotServer server = BotServer.start(config.server(), router, observer);
        Optional<FaqWatcher> watcher = config.faq().watch()
                ? Optional.of(FaqWatcher.start(store,
                        Duration.ofMillis(config.faq().watchDebounceMillis()), readiness::problem))
                : Optional.empty();
        readiness.ready();
        return new Bot(readiness, store, server, watcher);
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
        watcher.ifPresent(FaqWatcher::close);
    }
}
