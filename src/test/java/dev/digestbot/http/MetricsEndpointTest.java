package dev.digestbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** Rate-limited webhook messages used to count as decision="ANSWER". */
    @Test
    void a_reply_over_the_rate_limit_counts_as_dropped_not_as_an_answer() throws Exception {
        try (TestBot bot = TestBot.start(FaqFixtures.write(faq),
                Map.of("faq.watch", "false", "chat.ratePerMinute", "1"))) {
            String message = "{\"chatId\":\"g\",\"sender\":\"u\",\"text\":\"MOSN 对 Kubernetes 版本有限制么\"}";
            assertFalse(bot.postJson("/webhook/chat", message).body().contains("\"reply\":null"));
            assertTrue(bot.postJson("/webhook/chat", message).body().contains("\"reply\":null"));

            String text = bot.get("/metrics").body();
            assertHas(text, "digestbot_answers_total{channel=\"webhook\",decision=\"ANSWER\"} 1.0");
            assertHas(text, "digestbot_messages_dropped_total{channel=\"webhook\",reason=\"rate_limited\"} 1.0");
        }
    }

    /**
     * A retried {@code msgId} on {@code /webhook/chat} was matched again and counted against the
     * sender's rate limit: the 7th retry got nothing.
     */
    @Test
    void a_retried_webhook_msg_id_gets_the_first_reply_and_is_matched_once() throws Exception {
        try (TestBot bot = TestBot.start(FaqFixtures.write(faq), Map.of("faq.watch", "false"))) {
            String message = "{\"chatId\":\"g\",\"sender\":\"u\",\"msgId\":\"m-17\","
                    + "\"text\":\"MOSN 对 Kubernetes 版本有限制么\"}";
            String first = bot.postJson("/webhook/chat", message).body();
            assertTrue(first.contains("https://github.com/mosn/mosn"), first);
            for (int retry = 0; retry < 9; retry++) {
                assertEquals(first, bot.postJson("/webhook/chat", message).body());
            }

            String text = bot.get("/metrics").body();
            assertHas(text, "digestbot_answers_total{channel=\"webhook\",decision=\"ANSWER\"} 1.0");
            assertTrue(!text.contains("digestbot_messages_dropped_total{"), text);
        }
    }
}
