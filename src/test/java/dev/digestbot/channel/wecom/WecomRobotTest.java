package dev.digestbot.channel.wecom;

import dev.digestbot.chat.ChatMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the robot against a fake WeCom webhook on 127.0.0.1, never a real address. */
class WecomRobotTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ChatMessage GROUP_MESSAGE = new ChatMessage("wecom", "g1", "u1", "seata?", true, "1");

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
        assertTrue(robot("text").push(GROUP_MESSAGE, "答案").join());
        assertEquals("{\"msgtype\":\"text\",\"text\":{\"content\":\"答案\"}}", received.get(0).toString());
        assertTrue(contentTypes.get(0).startsWith("application/json"));
    }

    @Test
    void an_answer_is_pushed_as_markdown_json_when_configured() {
        assertTrue(robot("markdown").push(GROUP_MESSAGE, "**答案**").join());
        assertEquals("markdown", received.get(0).get("msgtype").asText());
        assertEquals("**答案**", received.get(0).get("markdown").get("content").asText());
    }

    @Test
    void over_long_answers_are_cut_to_the_robot_limits_keeping_the_link() {
        String link = "\n\nSeata：https://github.com/apache/incubator-seata";
        String answer = "很长的一句话。".repeat(400) + link;
        robot("text").push(GROUP_MESSAGE, answer).join();
        robot("markdown").push(GROUP_MESSAGE, answer).join();

        String text = received.get(0).get("text").get("content").asText();
        String markdown = received.get(1).get("markdown").get("content").asText();
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length <= WecomRobot.TEXT_MAX_BYTES);
        assertTrue(markdown.getBytes(StandardCharsets.UTF_8).length <= WecomRobot.MARKDOWN_MAX_BYTES);
        assertTrue(markdown.length() > text.length());
        assertTrue(text.endsWith(link) && markdown.endsWith(link));
    }

    @Test
    void it_reaches_group_chats_only() {
        assertTrue(robot("text").reaches(GROUP_MESSAGE));
        assertFalse(robot("text").reaches(new ChatMessage("wecom", "u1", "u1", "seata?", true, "2")));
    }

    @Test
    void an_errcode_answered_with_http_200_is_a_failure() {
        answer = "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}";
        assertFalse(robot("text").push(GROUP_MESSAGE, "x").join());
    }

    @Test
    void an_unreachable_webhook_is_a_failure_not_an_exception() {
        server.stop(0);
        assertFalse(robot("text").push(GROUP_MESSAGE, "x").join());
    }

    @Test
    void settings_never_show_the_webhook_key() {
        WecomSettings settings = new WecomSettings(null, null, null, webhook, "markdown");
        assertFalse(settings.toString().contains("test-key"), settings.toString());
    }

    private WecomRobot robot(String format) {
        return new WecomRobot(webhook, format, HttpClient.newHttpClient());
    }
}
