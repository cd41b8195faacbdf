package dev.digestbot.ops;

import dev.digestbot.chat.DecisionObserver;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.match.Decision;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The bot's Prometheus metrics, in a registry of its own, rendered in the text format 0.0.4.
 *
 * <table>
 *   <caption>Metrics</caption>
 *   <tr><td>{@code digestbot_http_requests_total{method,route,status}}</td><td>answered requests; {@code route} is the route pattern, not the raw path</td></tr>
 *   <tr><td>{@code digestbot_answers_total{channel,decision}}</td><td>matched messages by ANSWER, SUGGEST, NONE</td></tr>
 *   <tr><td>{@code digestbot_messages_dropped_total{channel,reason}}</td><td>replies not delivered: {@code rate_limited}, {@code push_rate_limited}, {@code push_failed}</td></tr>
 *   <tr><td>{@code digestbot_match_duration_seconds}</td><td>histogram of matching time per message</td></tr>
 *   <tr><td>{@code digestbot_faq_entries}, {@code digestbot_faq_version}</td><td>the FAQ snapshot being served</td></tr>
 *   <tr><td>{@code digestbot_match_cache_hit_ratio}</td><td>the current matcher's cache hits per lookup, since the last FAQ change</td></tr>
 *   <tr><td>{@code digestbot_webhooks_rejected_total{channel,reason}}</td><td>chat platform calls refused, by error code</td></tr>
 *   <tr><td>{@code digestbot_connections_refused_total}</td><td>connections closed at once because the server held its maximum</td></tr>
 * </table>
 *
 * <p>Thread-safe; every method is cheap and never blocks, so it may run on an event loop.
 */
public final class Metrics implements DecisionObserver, WebhookRejections {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE",
            "PATCH", "OPTIONS");

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final Counter requests;
    private final Counter answers;
    private final Counter dropped;
    private final Histogram matchDuration;
    private final Counter rejected;
    private final Counter refusedConnections;

    /**
     * @param faq the snapshot being served
     * @param cacheHitRatio the current matcher's cache hit ratio
     */
    public Metrics(Supplier<FaqSnapshot> faq, DoubleSupplier cacheHitRatio) {
        requests = Counter.builder().name("digestbot_http_requests_total")
                .help("HTTP requests answered, by route pattern and status")
                .labelNames("method", "route", "status").register(registry);
        answers = Counter.builder().name("digestbot_answers_total")
                .help("Messages matched, by channel and decision")
                .labelNames("channel", "decision").register(registry);
        dropped = Counter.builder().name("digestbot_messages_dropped_total")
                .help("Replies not delivered, by channel and reason")
                .labelNames("channel", "reason").register(registry);
        matchDuration = Histogram.builder().name("digestbot_match_duration_seconds")
                .help("Time to match one message")
                .classicOnly()
                .classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1)
                .register(registry);
        rejected = Counter.builder().name("digestbot_webhooks_rejected_total")
                .help("Chat platform calls refused, by channel and reason")
                .labelNames("channel", "reason").register(registry);
        refusedConnections = Counter.builder().name("digestbot_connections_refused_total")
                .help("Connections closed at once because the server held its maximum")
                .register(registry);
        GaugeWithCallback.builder().name("digestbot_faq_entries")
                .help("Entries in the FAQ being served")
                .callback(cb -> cb.call(faq.get().entries().size())).register(registry);
        GaugeWithCallback.builder().name("digestbot_faq_version")
                .help("Version of the FAQ being served")
                .callback(cb -> cb.call(faq.get().version())).register(registry);
        GaugeWithCallback.builder().name("digestbot_match_cache_hit_ratio")
                .help("Matcher cache hits per lookup since the last FAQ change")
                .callback(cb -> cb.call(cacheHitRatio.getAsDouble())).register(registry);
    }

    /** One answered HTTP request; unknown methods count as {@code OTHER} to bound the labels. */
    public void request(String method, String route, int status) {
        requests.labelValues(METHODS.contains(method) ? method : "OTHER", route,
                Integer.toString(status)).inc();
    }

    public void connectionRefused() {
        refusedConnections.inc();
    }

    @Override
    public void decided(String channel, String text, Decision decision, long nanos) {
        answers.labelValues(channel, decision.verdict().name()).inc();
        matchDuration.observe(nanos / 1e9);
    }

    @Override
    public void dropped(String channel, String reason) {
        dropped.labelValues(channel, reason).inc();
    }

    @Override
    public void rejected(String channel, String reason) {
        rejected.labelValues(channel, reason).inc();
    }

    /** Every metric in the Prometheus text format. */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The media type of {@link #scrape()}. */
    public static String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }
}
