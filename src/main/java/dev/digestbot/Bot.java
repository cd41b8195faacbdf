package dev.digestbot;

import dev.digestbot.channel.wechat.WechatChannel;
import dev.digestbot.channel.wecom.WecomChannel;
import dev.digestbot.channel.wecom.WecomRobot;
import dev.digestbot.channel.ChatChannel;
import dev.digestbot.channel.generic.WebhookChannel;
import dev.digestbot.chat.ChatService;
import dev.digestbot.chat.DecisionObserver;
import dev.digestbot.chat.Inbox;
import dev.digestbot.chat.Outbound;
import dev.digestbot.chat.Pushes;
import dev.digestbot.chat.RetryDedup;
import dev.digestbot.config.BotConfig;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.faq.FaqWatcher;
import dev.digestbot.http.BotRoutes;
import dev.digestbot.http.BotServer;
import dev.digestbot.http.ChannelRoutes;
import dev.digestbot.http.MetricsRoute;
import dev.digestbot.http.Request;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final FaqStore store;
    private final BotServer server;
    /** Runs the matcher for platform callbacks, which wait for it without holding a worker. */
    private final ExecutorService replies;
    private final Optional<FaqWatcher> watcher;

    private Bot(Readiness readiness, FaqStore store, BotServer server, ExecutorService replies,
            Optional<FaqWatcher> watcher) {
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
        RequestObserver observer = new RequestObserver() {
            @Override
            public void completed(Request request, int status, long nanos) {
                metrics.request(request.method(), router.get().patternOf(request.path()), status);
            }

            @Override
            public void connectionRefused() {
                metrics.connectionRefused();
            }
        };
        BotServer server = BotServer.start(config.server(), router::get, observer);
        try {
            UnansweredQueue unanswered = new UnansweredQueue(config.admin().unansweredSize(), clock,
                    new Normalizer()::normalize);
            DecisionObserver decisions = DecisionObserver.all(metrics, unanswered, new MessageLog());
            ChatService chat = new ChatService(matcher::current, config.chat(), clock, decisions);
            ExecutorService replies = Executors.newFixedThreadPool(config.server().matchThreads(),
                    runnable -> {
                        Thread thread = new Thread(runnable, "digestbot-reply");
                        thread.setDaemon(true);
                        return thread;
                    });
            Map<String, Outbound> outbounds = WecomRobot.of(config.wecom())
                    .<Map<String, Outbound>>map(robot -> Map.of(WecomChannel.NAME, robot))
                    .orElse(Map.of());
            Inbox inbox = new Inbox(chat, replies, new RetryDedup(RetryDedup.MIN_TTL, clock),
                    new Pushes(outbounds, clock, decisions));
            ChannelRoutes channels = new ChannelRoutes(channels(config, inbox, clock), metrics);
            Router.Builder routes = channels.addTo(new BotRoutes(readiness, chat)
                    .addTo(Router.builder()))
                    .inline("GET", "/metrics", new MetricsRoute(Metrics.contentType(), metrics::scrape));
            FaqStore store = loaded(loading);
            store.onChange(readiness::serving);
            if (config.admin().enabled()) {
                new AdminRoutes(config.admin().token(), store, unanswered).addTo(routes);
            }
            router.set(routes.build());
            Optional<FaqWatcher> watcher = config.faq().watch()
                    ? Optional.of(FaqWatcher.start(store,
                            Duration.ofMillis(config.faq().watchDebounceMillis()), readiness::problem))
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

    /** The generic webhook always; the platforms whose settings are configured. */
    private static List<ChatChannel> channels(BotConfig config, Inbox inbox, Clock clock) {
        List<ChatChannel> channels = new ArrayList<>();
        channels.add(new WebhookChannel(inbox));
        if (config.wechat().enabled()) {
            channels.add(WechatChannel.create(config.wechat(), inbox, clock));
        }
        if (config.wecom().appEnabled()) {
            channels.add(WecomChannel.create(config.wecom(), inbox, clock));
        }
        return channels;
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

    public FaqStore store() {
        return store;
    }

    /** Turns unready first so load balancers drain, then lets in-flight requests finish. */
    @Override
    public void close() {
        readiness.stopping();
        server.close();
        replies.shutdownNow();
        watcher.ifPresent(FaqWatcher::close);
    }
}
