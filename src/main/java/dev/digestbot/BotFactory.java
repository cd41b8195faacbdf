package dev.digestbot;

import dev.digestbot.channel.ChatChannel;
import dev.digestbot.channel.generic.WebhookChannel;
import dev.digestbot.channel.wechat.WechatChannel;
import dev.digestbot.channel.wecom.WecomChannel;
import dev.digestbot.channel.wecom.WecomRobot;
import dev.digestbot.chat.ChatService;
import dev.digestbot.chat.DecisionObserver;
import dev.digestbot.chat.Inbox;
import dev.digestbot.chat.Outbound;
import dev.digestbot.chat.Pushes;
import dev.digestbot.chat.RetryDedup;
import dev.digestbot.chat.UnansweredNotes;
import dev.digestbot.config.BotConfig;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqRepository;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.http.BotRoutes;
import dev.digestbot.http.BotServer;
import dev.digestbot.http.BoundedPool;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link Bot} from its configuration and starts it. The FAQ loads and its matcher builds
 * on a thread of their own while this one starts the server, whose start-up router answers
 * health and readiness (503) until the full one takes over, and wires the rest: metrics, the chat
 * policy, the reply pool, the configured channels, the admin API and the FAQ watcher. The bot
 * reports ready, and logs where it listens, once both are done.
 *
 * <p>When any step fails, whatever was already started (the FAQ loader, the server, the reply
 * pool) is closed, last first, before the failure is thrown: a failed start leaves no thread
 * and no bound port behind.
 */
public final class BotFactory {

    private final BotConfig config;
    private final Clock clock;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    private BotFactory(BotConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public static Bot start(BotConfig config, Clock clock)
            throws FaqFormatException, IOException, InterruptedException {
        BotFactory factory = new BotFactory(config, clock);
        try {
            return factory.build();
        } catch (FaqFormatException | IOException | InterruptedException | RuntimeException e) {
            factory.closeStarted(e);
            throw e;
        }
    }

    private Bot build() throws FaqFormatException, IOException, InterruptedException {
        Readiness readiness = new Readiness();
        LiveMatcher matcher = new LiveMatcher(config.match());
        FutureTask<FaqStore> loading = startLoading(matcher);
        Metrics metrics = new Metrics(() -> matcher.current().snapshot(),
                () -> matcher.current().cacheHitRatio());
        AtomicReference<Router> router = new AtomicReference<>(BotRoutes.starting(readiness));
        BotServer server = BotServer.start(config.server(), router::get, observer(metrics, router));
        started.push(server);

        UnansweredQueue unanswered = new UnansweredQueue(config.admin().unansweredSize(), clock,
                new Normalizer()::normalize);
        DecisionObserver decisions = DecisionObserver.all(metrics, unanswered, new MessageLog());
        // "Noted" is true only where the operators can read it: /admin/unanswered.
        ChatService chat = new ChatService(matcher::current, config.chat(), clock, decisions,
                config.admin().enabled() ? unanswered : UnansweredNotes.NONE);
        // The reply pool runs the matcher for the channels, which wait for it without holding a thread.
        ExecutorService replies = BoundedPool.of("digestbot-reply-", config.server().matchThreads());
        started.push(replies::shutdownNow);
        Inbox inbox = new Inbox(chat, replies, new RetryDedup(RetryDedup.MIN_TTL, clock),
                new Pushes(outbounds(), clock, decisions));
        Router.Builder routes = new ChannelRoutes(channels(inbox), metrics)
                .addTo(new BotRoutes(readiness, chat).addTo(Router.builder()))
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
        LoggerFactory.getLogger(Bot.class).info(
                "ready {} ms after JVM start: listening on http://{}:{}, {} entries, FAQ version {}",
                ManagementFactory.getRuntimeMXBean().getUptime(), config.server().host(),
                server.port(), store.snapshot().entries().size(), store.snapshot().version());
        return new Bot(readiness, store, server, replies, watcher);
    }

    /** The generic webhook always; each platform whose settings are configured. */
    private List<ChatChannel> channels(Inbox inbox) {
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

    /** Channel name → the outbound its group replies are pushed through. */
    private Map<String, Outbound> outbounds() {
        return WecomRobot.of(config.wecom())
                .<Map<String, Outbound>>map(robot -> Map.of(WecomChannel.NAME, robot))
                .orElse(Map.of());
    }

    private FutureTask<FaqStore> startLoading(LiveMatcher matcher) {
        FutureTask<FaqStore> loading = new FutureTask<>(() -> {
            FaqStore opened = FaqStore.open(config.faqDir(), clock, config.faq().keepVersions());
            opened.onChange(matcher);
            return opened;
        });
        Thread loader = new Thread(loading, "digestbot-faq-load");
        loader.setDaemon(true);
        loader.start();
        started.push(() -> loading.cancel(true));
        return loading;
    }

    private static RequestObserver observer(Metrics metrics, AtomicReference<Router> router) {
        return new RequestObserver() {
            @Override
            public void completed(Request request, int status, long nanos) {
                metrics.request(request.method(), router.get().patternOf(request.path()), status);
            }

            @Override
            public void connectionRefused() {
                metrics.connectionRefused();
            }
        };
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

    private void closeStarted(Exception failure) {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
