package dev.digestbot.channel.wecom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.digestbot.chat.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the robot against a fake WeCom webhook on 127.0.0.1, never a real address. */
class WecomRobotTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    private HttpServer server;
    private URI webhook;

    @BeforeEach
    void startFakeWebhook() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cgi-bin/webhook/send", exchange -> {
            received.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        webhook = URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/cgi-bin/webhook/send?key=test-key");
    }

    @AfterEach
    void stopFakeWebhook() {
        server.stop(0);
    }

    @Test
    void an_answer_is_pushed_as_text_json() {
        assertEquals(WecomRobot.Outcome.SENT, robot("text").push("答案").join());
        assertEquals("{\"msgtype\":\"text\",\"text\":{\"content\":\"答案\"}}", received.get(0).toString());
        assertTrue(contentTypes.get(0).startsWith("application/json"));
    }

    @Test
    void an_answer_is_pushed_as_markdown_json_when_configured() {
        assertEquals(WecomRobot.Outcome.SENT, robot("markdown").push("**答案**").join());
        assertEquals("markdown", received.get(0).get("msgtype").asText());
        assertEquals("**答案**", received.get(0).get("markdown").get("content").asText());
    }

    @Test
    void over_long_answers_are_cut_to_the_robot_limits_keeping_the_link() {
        String link = "\n\nSeata：https://github.com/apache/incubator-seata";
        String answer = "很长的一句话。".repeat(400) + link;
        robot("text").push(answer).join();
        robot("markdown").push(answer).join();

        String text = received.get(0).get("text").get("content").asText();
        String markdown = received.get(1).get("markdown").get("content").asText();
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length <= WecomRobot.TEXT_MAX_BYTES);
        assertTrue(markdown.getBytes(StandardCharsets.UTF_8).length <= WecomRobot.MARKDOWN_MAX_BYTES);
        assertTrue(markdown.length() > text.length());
        assertTrue(text.endsWith(link) && markdown.endsWith(link));
    }

    @Test
    void at_most_20_messages_go_out_per_minute() {
        WecomRobot robot = robot("text");
        for (int i = 0; i < 20; i++) {
            assertEquals(WecomRobot.Outcome.SENT, robot.push("m" + i).join());
        }
        assertEquals(WecomRobot.Outcome.RATE_LIMITED, robot.push("m20").join());
        assertEquals(20, received.size());

        clock.advance(Duration.ofSeconds(61));
        assertEquals(WecomRobot.Outcome.SENT, robot.push("later").join());
    }

    @Test
    void an_errcode_answered_with_http_200_is_a_failure() {
        answer = "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}";
        assertEquals(WecomRobot.Outcome.FAILED, robot("text").push("x").join());
    }

    @Test
    void an_unreachable_webhook_is_a_failure_not_an_exception() {
        server.stop(0);
        assertEquals(WecomRobot.Outcome.FAILED, robot("text").push("x").join());
    }

    @Test
    void settings_never_show_the_webhook_key() {
        WecomSettings settings = new WecomSettings(null, null, null, webhook, "markdown");
        assertFalse(settings.toString().contains("test-key"), settings.toString());
    }

    private WecomRobot robot(String format) {
        return new WecomRobot(webhook, format, HttpClient.newHttpClient(), clock);
    }
}
