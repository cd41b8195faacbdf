package dev.digestbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.TestBot;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics} on the real server, after some traffic. */
class MetricsEndpointTest {

    @TempDir
    Path faq;

    private static void assertHas(String text, String line) {
        assertTrue(text.contains(line), "no " + line + " in\n" + text);
    }

    @Test
    void metrics_count_requests_by_route_answers_by_decision_and_rejected_webhooks() throws Exception {
        try (TestBot bot = TestBot.start(FaqFixtures.write(faq),
                Map.of("faq.watch", "false", "wechat.token", "metrics-token"))) {
            bot.postJson("/api/ask", "{\"text\":\"MOSN 对 Kubernetes 版本有限制么\"}");
            bot.postJson("/webhook/chat", "{\"chatId\":\"g\",\"text\":\"no sender\"}");
            bot.get("/wechat?signature=0000&timestamp=1&nonce=2&echostr=x");
            bot.get("/admin/entries");

            HttpResponse<String> response = bot.get("/metrics");
            assertEquals(200, response.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8",
                    response.headers().firstValue("content-type").orElseThrow());
            String text = response.body();
            assertHas(text, "digestbot_http_requests_total{method=\"POST\",route=\"/api/ask\",status=\"200\"} 1.0");
            assertHas(text, "digestbot_http_requests_total{method=\"POST\",route=\"/webhook/chat\",status=\"400\"} 1.0");
            assertHas(text, "digestbot_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1.0");
            assertHas(text, "digestbot_answers_total{channel=\"api\",decision=\"ANSWER\"} 1.0");
            assertHas(text, "digestbot_webhooks_rejected_total{channel=\"webhook\",reason=\"missing_field\"} 1.0");
            assertHas(text, "digestbot_webhooks_rejected_total{channel=\"wechat\",reason=\"");
            assertHas(text, "digestbot_match_duration_seconds_count 1");
            assertHas(text, "digestbot_faq_entries " + FaqFixtures.ENTRIES.size() + ".0");
            assertHas(text, "digestbot_faq_version 1.0");
            assertHas(text, "digestbot_match_cache_hit_ratio ");
        }
    }
}
