package dev.digestbot;

import dev.digestbot.channel.wechat.WechatEndpoint;
import dev.digestbot.channel.wecom.WecomEndpoint;
import dev.digestbot.channel.wecom.WecomRobot;
import dev.digestbot.chat.ChatService;
import dev.digestbot.chat.DecisionObserver;
import dev.digestbot.config.BotConfig;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqRepository;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.http.BotRoutes;
import dev.digestbot.http.BotServer;
import dev.digestbot.http.ChannelRoutes;
import dev.digestbot.http.MetricsRoute;
import dev.digestbot.http.RequestObserver;
import dev.digestbot.http.Router;
import dev.digestbot.http.admin.AdminRoutes;
import dev.digestbot.match.LiveMatcher;
import dev.digestbot.match.Normalizer;
import dev.digestbot.ops.MessageLog;
import dev.digestbot.ops.Metrics;
import dev.digestbot.ops.Readiness;
import dev.digestbot.ops.UnansweredQueue;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/** A running bot: the FAQ store, the live matcher and the HTTP server, wired together. */
public final class Bot implements AutoCloseable {

    private final Readiness readiness;
    private final FaqRepository store;
    private final BotServer server;
    /** Runs the matcher for platform callbacks, which wait for it without holding a worker. */
    private final ExecutorService replies;
    private final Optional<FaqRepository.Watch> watcher;

    private Bot(Readiness readiness, FaqRepository store, BotServer server, ExecutorService replies,
            Optional<FaqRepository.Watch> watcher) {
        this.readiness = readiness;
        this.store = store;
        this.server = server;
        this.replies = replies;
        this.watcher = watcher;
    }

    /**
     * Loads the FAQ, starts serving, and reports ready once both are done. The FAQ loads and its
     * matcher builds on a thread of their own while this one starts the server, whose start-up
     * router answers health and readiness (503) until the full one takes over, and wires the
     * rest.
     */
    public static Bot start(BotConfig config, Clock clock)
            throws FaqFormatException, IOException, InterruptedException {
        Readiness readiness = new Readiness();
        LiveMatcher matcher = new LiveMatcher(config.match());
        FutureTask<FaqStore> loading = new FutureTask<>(() -> {
            FaqStore opened = FaqStore.open(config.faqDir(), clock, config.faq().keepVersions());
            opened.onChange(matcher);
            return opened;
        });
        Thread loader = new Thread(loading, "digestbot-faq-load");
        loader.setDaemon(true);
        loader.start();
        Metrics metrics = new Metrics(() -> matcher.current().snapshot(),
                () -> matcher.current().cacheHitRatio());
        AtomicReference<Router> router = new AtomicReference<>(BotRoutes.starting(readiness));
        RequestObserver observer = (request, status, nanos) ->
                metrics.request(request.method(), router.get().patternOf(request.path()), status);
        BotServer server = BotServer.start(config.server(), router::get, observer);
        try {
            UnansweredQueue unanswered = new UnansweredQueue(config.admin().unansweredSize(), clock,
                    new Normalizer()::normalize);
            WecomRobot robot = WecomRobot.of(config.wecom(), clock);
            ChatService chat = new ChatService(matcher::current, config.chat(), clock,
                    robot == null ? reply -> { } : robot::push,
                    DecisionObserver.all(metrics, unanswered, new MessageLog()));
            ExecutorService replies = Executors.newFixedThreadPool(config.server().matchThreads(),
                    runnable -> {
                        Thread thread = new Thread(runnable, "digestbot-reply");
                        thread.setDaemon(true);
                        return thread;
                    });
            ChannelRoutes channels = new ChannelRoutes(
                    WechatEndpoint.create(config.wechat(), chat::reply, replies, clock),
                    WecomEndpoint.create(config.wecom(), chat::reply, replies, clock),
                    metrics);
            Router.Builder routes = channels.addTo(new BotRoutes(readiness, chat, metrics)
                    .addTo(Router.builder()))
                    .inline("GET", "/metrics", new MetricsRoute(Metrics.contentType(), metrics::scrape));
            FaqRepository store = loaded(loading);
            store.onChange(readiness::serving);
            store.onProblem(readiness::problem);
            if (config.admin().enabled()) {
                new AdminRoutes(config.admin().token(), store, unanswered).addTo(routes);
            }
            router.set(routes.build());
            Optional<FaqRepository.Watch> watcher = config.faq().watch()
                    ? Optional.of(store.watch(Duration.ofMillis(config.faq().watchDebounceMillis())))
                    : Optional.empty();
            readiness.ready();
            // Not a static logger: initializing logging first would delay the FAQ-loading thread.
            LoggerFactory.getLogger(Bot.class).info("ready {} ms after JVM start: {} entries, FAQ version {}",
                    ManagementFactory.getRuntimeMXBean().getUptime(), store.snapshot().entries().size(),
                    store.snapshot().version());
            return new Bot(readiness, store, server, replies, watcher);
        } catch (FaqFormatException | IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static FaqStore loaded(FutureTask<FaqStore> loading)
            throws FaqFormatException, IOException, InterruptedException {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FaqFormatException format) {
                throw format;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("loading the FAQ failed", cause);
        }
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
