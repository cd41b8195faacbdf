package dev.digestbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.RawConnection;
import dev.digestbot.testing.TestBot;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public HTTP contract of DESIGN.md, spoken to the real server on a free port. */
class BotServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTRY_QUESTION = "registry 的 data 节点是随机挑一个 meta 去连的吗？挂了一台咋办";

    @TempDir
    static Path faq;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        FaqFixtures.write(faq);
        bot = TestBot.start(faq, Map.of("server.maxBodyBytes", "4096", "server.maxHeaderBytes", "2048"));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"),
                "content type of " + response.body());
        return JSON.readTree(response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String error) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals(error, body.get("error").asText(), response.body());
        assertFalse(body.get("detail").asText().isBlank());
        assertFalse(response.body().contains("Exception"), "no stack trace: " + response.body());
    }

    @Test
    void healthz_says_up() throws Exception {
        HttpResponse<String> response = bot.get("/healthz");
        assertEquals(200, response.statusCode());
        assertEquals("UP", json(response).get("status").asText());
    }

    @Test
    void readyz_reports_entries_and_faq_version() throws Exception {
        HttpResponse<String> response = bot.get("/readyz");
        assertEquals(200, response.statusCode());
        JsonNode body = json(response);
        assertEquals("READY", body.get("status").asText());
        assertEquals(FaqFixtures.ENTRIES.size(), body.get("entries").asInt());
        assertTrue(body.get("faqVersion").asLong() >= 1);
    }

    @Test
    void ask_answers_a_reworded_question_with_the_project_link() throws Exception {
        JsonNode body = json(bot.postJson("/api/ask", JSON.writeValueAsString(Map.of("text", REGISTRY_QUESTION))));
        assertTrue(body.get("answered").asBoolean(), body.toString());
        assertEquals("registry-meta", body.get("entry").get("id").asText());
        assertEquals("https://github.com/sofastack/sofa-registry", body.get("entry").get("link").asText());
        assertTrue(body.get("reply").asText().endsWith("SOFARegistry：https://github.com/sofastack/sofa-registry"),
                body.get("reply").asText());
        double score = body.get("score").asDouble();
        assertTrue(score > 0 && score <= 1, "score " + score);
    }

    @Test
    void ask_answers_a_repeated_question_from_the_cache_with_the_same_body() throws Exception {
        String question = JSON.writeValueAsString(Map.of("text", "registry 的 meta 节点挂了一台会怎样，data 节点会重连吗"));
        HttpResponse<String> first = bot.postJson("/api/ask", question);
        HttpResponse<String> again = bot.postJson("/api/ask", question);
        assertEquals(200, again.statusCode());
        assertEquals(first.body(), again.body());
        assertError(bot.postJson("/api/ask", "{\"text\": 7}"), 400, "invalid_field");
    }

    @Test
    void ask_says_not_answered_for_chit_chat() throws Exception {
        JsonNode body = json(bot.postJson("/api/ask", "{\"text\":\"哈哈哈哈，周末愉快\"}"));
        assertFalse(body.get("answered").asBoolean(), body.toString());
        assertTrue(body.get("reply").isNull());
        assertTrue(body.get("entry").isNull());
        assertTrue(body.get("suggestions").isArray());
    }

    @Test
    void webhook_answers_a_confident_match_without_a_mention() throws Exception {
        JsonNode body = json(bot.postJson("/webhook/chat", JSON.writeValueAsString(
                Map.of("chatId", "g1", "sender", "u1", "text", REGISTRY_QUESTION))));
        assertTrue(body.get("reply").asText().contains("sofa-registry"), body.toString());
    }

    @Test
    void webhook_stays_silent_on_chit_chat_unless_mentioned() throws Exception {
        JsonNode silent = json(bot.postJson("/webhook/chat",
                "{\"chatId\":\"g1\",\"sender\":\"u1\",\"text\":\"好的，感谢感谢\"}"));
        assertTrue(silent.get("reply").isNull(), silent.toString());
        JsonNode mentioned = json(bot.postJson("/webhook/chat",
                "{\"chatId\":\"g1\",\"sender\":\"u1\",\"text\":\"量子计算机怎么编程\",\"mentioned\":true}"));
        assertFalse(mentioned.get("reply").asText().isBlank(), mentioned.toString());
    }

    @Test
    void malformed_json_is_a_400_and_the_server_stays_healthy() throws Exception {
        assertError(bot.postJson("/api/ask", "{\"text\": \"seata"), 400, "malformed_json");
        assertError(bot.postJson("/api/ask", "[1,2]"), 400, "malformed_json");
        assertError(bot.postJson("/api/ask", "{\"text\":\"a\"} trailing"), 400, "malformed_json");
        assertEquals(200, bot.get("/healthz").statusCode());
        assertEquals(200, bot.postJson("/api/ask", "{\"text\":\"seata\"}").statusCode());
    }

    @Test
    void non_utf8_body_is_a_400() throws Exception {
        byte[] latin1 = "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertError(bot.post("/api/ask", "application/json", latin1), 400, "invalid_utf8");
    }

    @Test
    void missing_or_non_string_text_is_a_400_naming_the_field() throws Exception {
        HttpResponse<String> missing = bot.postJson("/api/ask", "{\"question\":\"x\"}");
        assertError(missing, 400, "missing_field");
        assertTrue(json(missing).get("detail").asText().contains("text"));
        assertError(bot.postJson("/api/ask", "{\"text\":42}"), 400, "invalid_field");
        assertError(bot.postJson("/api/ask", "{\"text\":null}"), 400, "missing_field");
        assertError(bot.postJson("/webhook/chat", "{\"chatId\":\"g\",\"text\":\"hi\"}"), 400, "missing_field");
        assertError(bot.postJson("/webhook/chat",
                "{\"chatId\":\"g\",\"sender\":\"u\",\"text\":\"hi\",\"mentioned\":\"yes\"}"), 400, "invalid_field");
    }

    @Test
    void wrong_content_type_is_a_400() throws Exception {
        byte[] body = "{\"text\":\"seata\"}".getBytes(StandardCharsets.UTF_8);
        assertError(bot.post("/api/ask", "text/plain", body), 400, "unsupported_content_type");
        assertError(bot.post("/api/ask", null, body), 400, "unsupported_content_type");
        assertError(bot.post("/api/ask", "application/json; charset=gbk", body), 400, "unsupported_content_type");
        assertEquals(200, bot.post("/api/ask", "application/json; charset=UTF-8", body).statusCode());
    }

    @Test
    void body_over_the_limit_is_a_413_and_the_server_keeps_serving() throws Exception {
        String big = "{\"text\":\"" + "a".repeat(5000) + "\"}";
        assertError(bot.postJson("/api/ask", big), 413, "body_too_large");
        assertEquals(200, bot.get("/healthz").statusCode());
    }

    @Test
    void unknown_route_is_404_and_wrong_method_is_405() throws Exception {
        assertError(bot.get("/nope"), 404, "not_found");
        assertError(bot.get("/api/ask"), 405, "method_not_allowed");
        assertError(bot.postJson("/healthz", "{}"), 405, "method_not_allowed");
    }

    @Test
    void head_on_health_and_readiness_answers_the_headers_without_a_body() throws Exception {
        try (RawConnection connection = new RawConnection(bot.port(), Duration.ofSeconds(5))) {
            connection.send("HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "HEAD /readyz HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            String all = new String(connection.readAll(), StandardCharsets.UTF_8);
            String[] responses = all.split("(?=HTTP/1\\.1 )");
            assertEquals(3, responses.length, all);
            assertTrue(responses[0].startsWith("HTTP/1.1 200") && responses[0].endsWith("\r\n\r\n"), all);
            assertTrue(responses[0].contains("content-length: 15"), all);
            assertTrue(responses[1].startsWith("HTTP/1.1 200") && responses[1].endsWith("\r\n\r\n"), all);
            assertTrue(responses[2].endsWith("{\"status\":\"UP\"}"), all);
        }
    }

    @Test
    void http_1_1_without_host_is_a_400() throws Exception {
        String response = bot.raw("GET /healthz HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                Duration.ofSeconds(5));
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("missing_host"), response);
        String old = bot.raw("GET /healthz HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                Duration.ofSeconds(5));
        assertTrue(old.startsWith("HTTP/1.1 200"), old);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/2.0", "HTTP/0.9", "HTTP/1.2", "HTTP/3.1"})
    void other_http_versions_are_a_505_and_close(String version) throws Exception {
        String response = bot.raw(("GET /healthz " + version + "\r\nHost: x\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(5));
        assertTrue(response.startsWith("HTTP/1.1 505"), response);
        assertTrue(response.contains("http_version_not_supported"), response);
        assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), response);
    }

    @Test
    void oversized_headers_are_a_431() throws Exception {
        String request = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(4000)
                + "\r\nConnection: close\r\n\r\n";
        String response = bot.raw(request.getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(5));
        assertTrue(response.startsWith("HTTP/1.1 431"), response);
    }

    @Test
    void garbage_instead_of_http_is_a_400() throws Exception {
        String response = bot.raw("\u0001\u0002 nonsense\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
                Duration.ofSeconds(5));
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertEquals(200, bot.get("/healthz").statusCode());
    }

    @Test
    void pipelined_requests_are_answered_in_order() throws Exception {
        StringBuilder requests = new StringBuilder();
        String[] texts = {"seata 全局锁", "/healthz", "mosn k8s 版本"};
        for (String text : texts) {
            if (text.startsWith("/")) {
                requests.append("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
            } else {
                String body = JSON.writeValueAsString(Map.of("text", text));
                int length = body.getBytes(StandardCharsets.UTF_8).length;
                requests.append("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n")
                        .append("Content-Length: ").append(length).append("\r\n\r\n").append(body);
            }
        }
        requests.append("GET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        String response = bot.raw(requests.toString().getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(10));
        int ask1 = response.indexOf("seata-global-lock");
        int health = response.indexOf("\"status\":\"UP\"");
        int ask2 = response.indexOf("mosn-k8s");
        int notFound = response.indexOf("not_found");
        assertTrue(ask1 >= 0 && ask1 < health && health < ask2 && ask2 < notFound, response);
    }

    @Test
    void answered_json_carries_the_contract_fields() throws Exception {
        JsonNode body = json(bot.postJson("/api/ask", "{\"text\":\"seata 的全局锁和 mysql 的锁是什么关系\"}"));
        for (String field : new String[] {"answered", "reply", "score", "entry", "suggestions"}) {
            assertTrue(body.has(field), field + " in " + body);
        }
        JsonNode entry = body.get("entry");
        for (String field : new String[] {"id", "question", "answer", "project", "link", "source"}) {
            assertTrue(entry.has(field), field + " in " + entry);
        }
        assertEquals("fixture.md", entry.get("source").get("digest").asText());
        assertNull(body.get("suggestions").get(0));
    }
}
