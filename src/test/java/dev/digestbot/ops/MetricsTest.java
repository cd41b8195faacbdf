package dev.digestbot.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.match.Decision;
import dev.digestbot.testing.FaqFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private final FaqSnapshot faq = new FaqSnapshot(7, FaqFixtures.PROJECTS, FaqFixtures.ENTRIES);
    private final Metrics metrics = new Metrics(() -> faq, () -> 0.25);

    private static void assertHas(String text, String line) {
        assertTrue(text.contains(line + "\n"), "no line " + line + " in\n" + text);
    }

    @Test
    void renders_every_metric_in_the_prometheus_text_format() {
        metrics.request("POST", "/api/ask", 200);
        metrics.request("POST", "/api/ask", 200);
        metrics.decided("api", "x", Decision.none(List.of()), 2_000_000);
        metrics.rejected("webhook", "malformed_json");
        String text = metrics.scrape();
        assertHas(text, "digestbot_http_requests_total{method=\"POST\",route=\"/api/ask\",status=\"200\"} 2.0");
        assertHas(text, "digestbot_answers_total{channel=\"api\",decision=\"NONE\"} 1.0");
        assertHas(text, "digestbot_match_duration_seconds_bucket{le=\"0.0025\"} 1");
        assertHas(text, "digestbot_match_duration_seconds_count 1");
        assertHas(text, "digestbot_faq_entries " + FaqFixtures.ENTRIES.size() + ".0");
        assertHas(text, "digestbot_faq_version 7.0");
        assertHas(text, "digestbot_match_cache_hit_ratio 0.25");
        assertHas(text, "digestbot_webhooks_rejected_total{channel=\"webhook\",reason=\"malformed_json\"} 1.0");
    }

    @Test
    void unknown_http_methods_share_one_label_value() {
        metrics.request("BREW", "unmatched", 405);
        assertHas(metrics.scrape(),
                "digestbot_http_requests_total{method=\"OTHER\",route=\"unmatched\",status=\"405\"} 1.0");
    }
}
