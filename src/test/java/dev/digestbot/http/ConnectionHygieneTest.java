package dev.digestbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.testing.Eventually;
import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.RawConnection;
import dev.digestbot.testing.TestBot;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the server bounds its clients: timeouts, size limits, the connection cap, keep-alive, pipelining. */
class ConnectionHygieneTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int READ_TIMEOUT_MILLIS = 400;
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path faq;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        FaqFixtures.write(faq);
        bot = TestBot.start(faq, Map.of(
                "server.readTimeoutMillis", String.valueOf(READ_TIMEOUT_MILLIS),
                "server.maxHeaderBytes", "2048",
                "server.maxBodyBytes", "4096"));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static String ask(String text, boolean close) throws IOException {
        String body = JSON.writeValueAsString(Map.of("text", text));
        return "POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n" + (close ? "Connection: close\r\n" : "")
                + "\r\n" + body;
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n";
    }

    /** Sends one byte every 50 ms for up to ten read timeouts; true once the server has cut the connection. */
    private static boolean trickleUntilCut(RawConnection connection) throws Exception {
        long tricklePauses = 10L * READ_TIMEOUT_MILLIS / 50;
        for (int i = 0; i < tricklePauses; i++) {
            try {
                connection.send("a");
            } catch (IOException e) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void a_client_trickling_its_headers_is_cut_off_after_the_read_timeout() throws Exception {
        try (RawConnection slow = new RawConnection(bot.port(), CLIENT_TIMEOUT)) {
            slow.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            assertTrue(trickleUntilCut(slow), "still connected after ten read timeouts");
        }
        assertEquals(200, bot.get("/healthz").statusCode());
    }

    @Test
    void a_client_trickling_its_body_is_cut_off_after_the_read_timeout() throws Exception {
        try (RawConnection slow = new RawConnection(bot.port(), CLIENT_TIMEOUT)) {
            slow.send("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 4000\r\n\r\n{\"text\":\"");
            assertTrue(trickleUntilCut(slow), "still connected after ten read timeouts");
        }
    }

    @Test
    void a_slow_client_within_the_read_timeout_is_answered() throws Exception {
        try (RawConnection slow = new RawConnection(bot.port(), CLIENT_TIMEOUT)) {
            for (String piece : new String[] {"GET /hea", "lthz HTTP/1.1\r\n", "Host: x\r\n", "\r\n"}) {
                slow.send(piece);
                Thread.sleep(READ_TIMEOUT_MILLIS / 8);
            }
            assertEquals(200, slow.read().status());
        }
    }

    @Test
    void a_silent_connection_is_closed_after_the_idle_timeout() throws Exception {
        try (TestBot quick = TestBot.start(faq, Map.of("server.idleTimeoutSeconds", "1"))) {
            try (RawConnection silent = new RawConnection(quick.port(), CLIENT_TIMEOUT)) {
                assertTrue(silent.closedByServer());
            }
            try (RawConnection idle = new RawConnection(quick.port(), CLIENT_TIMEOUT)) {
                assertEquals(200, idle.send(get("/healthz")).read().status());
                assertTrue(idle.closedByServer());
            }
        }
    }

    @Test
    void two_hundred_pipelined_requests_are_all_answered_however_long_the_server_takes() throws Exception {
        StringBuilder burst = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            burst.append(ask("registry data 节点 随机 连接 meta " + i, false));
        }
        try (RawConnection connection = new RawConnection(bot.port(), CLIENT_TIMEOUT)) {
            connection.send(burst.toString());
            for (int i = 0; i < 200; i++) {
                assertEquals(200, connection.read().status(), "response " + i);
            }
        }
    }

    @Test
    void many_headers_over_the_total_limit_are_a_431() throws Exception {
        StringBuilder request = new StringBuilder("GET /healthz HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 60; i++) {
            request.append("X-Header-").append(i).append(": ").append("v".repeat(40)).append("\r\n");
        }
        try (RawConnection connection = new RawConnection(bot.port(), CLIENT_TIMEOUT)) {
            RawConnection.Reply reply = connection.send(request.append("\r\n").toString()).read();
            assertEquals(431, reply.status());
            assertTrue(reply.body().contains("headers_too_large"), reply.body());
        }
    }

    @Test
    void a_chunked_body_over_the_limit_is_a_413() throws Exception {
        StringBuilder request = new StringBuilder("POST /api/ask HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 6; i++) {
            request.append("3e8\r\n").append("a".repeat(1000)).append("\r\n");
        }
        request.append("0\r\n\r\n");
        try (RawConnection connection = new RawConnection(bot.port(), CLIENT_TIMEOUT)) {
            RawConnection.Reply reply = connection.send(request.toString()).read();
            assertEquals(413, reply.status());
            assertTrue(reply.body().contains("body_too_large"), reply.body());
        }
    }

    @Test
    void a_body_announced_over_the_limit_is_refused_before_it_is_sent() throws Exception {
        try (RawConnection connection = new RawConnection(bot.port(), CLIENT_TIMEOUT)) {
            RawConnection.Reply reply = connection.send("POST /api/ask HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100000\r\nExpect: 100-continue\r\n\r\n")
                    .read();
            assertEquals(413, reply.status());
            assertTrue(reply.body().contains("body_too_large"), reply.body());
        }
    }

    @Test
    void a_keep_alive_connection_serves_many_requests() throws Exception {
        try (RawConnection connection = new RawConnection(bot.port(), CLIENT_TIMEOUT)) {
            for (int i = 0; i < 30; i++) {
                RawConnection.Reply reply = connection.send(i % 2 == 0 ? get("/healthz") : ask("seata 全局锁", false))
                        .read();
                assertEquals(200, reply.status(), reply.body());
                assertNull(reply.header("connection"), "no Connection: close on request " + i);
            }
        }
    }

    @Test
    void pipelined_requests_of_every_kind_are_answered_in_order() throws Exception {
        String[] questions = {"seata 全局锁和 mysql 锁", "mosn 对 k8s 版本有要求吗", "tc 集群 两套 global 表 一致性"};
        String[] ids = {"seata-global-lock", "mosn-k8s", "seata-tc-cluster"};
        StringBuilder requests = new StringBuilder();
        int count = 60;
        for (int i = 0; i < count; i++) {
            requests.append(switch (i % 3) {
                case 0 -> ask(questions[i / 3 % questions.length], false);
                case 1 -> get("/nope-" + i);
                default -> get("/healthz");
            });
        }
        try (RawConnection connection = new RawConnection(bot.port(), CLIENT_TIMEOUT)) {
            connection.send(requests.toString());
            for (int i = 0; i < count; i++) {
                RawConnection.Reply reply = connection.read();
                switch (i % 3) {
                    case 0 -> assertTrue(reply.body().contains("\"id\":\"" + ids[i / 3 % ids.length] + "\""),
                            i + ": " + reply.body());
                    case 1 -> assertTrue(reply.status() == 404 && reply.body().contains("/nope-" + i + "\""),
                            i + ": " + reply.body());
                    default -> assertEquals("{\"status\":\"UP\"}", reply.body(), i + ": " + reply.body());
                }
            }
        }
    }

    @Test
    void connections_over_the_cap_are_closed_at_once_and_admitted_again_when_one_leaves() throws Exception {
        try (TestBot capped = TestBot.start(faq, Map.of("server.maxConnections", "2",
                "server.reserveConnections", "0"));
                RawConnection first = new RawConnection(capped.port(), CLIENT_TIMEOUT);
                RawConnection second = new RawConnection(capped.port(), CLIENT_TIMEOUT)) {
            assertEquals(200, first.send(get("/healthz")).read().status());
            assertEquals(200, second.send(get("/healthz")).read().status());
            try (RawConnection third = new RawConnection(capped.port(), CLIENT_TIMEOUT)) {
                assertTrue(third.closedByServer(), "a third connection over a cap of two");
            }
            first.close();
            assertTrue(admitted(capped), "a new connection once one of two has left");
        }
    }

    @Test
    void a_connection_that_sends_nothing_is_closed_after_the_first_byte_timeout() throws Exception {
        try (TestBot quick = TestBot.start(faq, Map.of("server.firstByteTimeoutMillis", "300"));
                RawConnection silent = new RawConnection(quick.port(), CLIENT_TIMEOUT)) {
            long started = System.nanoTime();
            assertTrue(silent.closedByServer());
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(8).toNanos(),
                    "closed by the first-byte timeout, not the 60 s idle timeout");
        }
    }

    /**
     * 1,024 connections that never sent a byte used to lock everyone out, health checks included,
     * for as long as they stayed open.
     */
    @Test
    void health_checks_answer_from_the_reserve_while_every_connection_is_held() throws Exception {
        try (TestBot capped = TestBot.start(faq, Map.of("server.maxConnections", "2",
                "server.reserveConnections", "1", "server.firstByteTimeoutMillis", "60000"));
                RawConnection first = new RawConnection(capped.port(), CLIENT_TIMEOUT);
                RawConnection second = new RawConnection(capped.port(), CLIENT_TIMEOUT)) {
            assertEquals(200, first.send(get("/healthz")).read().status());
            assertEquals(200, second.send(get("/healthz")).read().status());

            try (RawConnection health = new RawConnection(capped.port(), CLIENT_TIMEOUT)) {
                assertEquals(200, health.send(get("/readyz")).read().status());
                assertTrue(health.closedByServer(), "a reserve connection gets one answer");
            }
            RawConnection.Reply refused = answerFromReserve(capped, ask("seata 全局锁", false));
            assertEquals(503, refused.status());
            assertTrue(refused.body().contains("overloaded"), refused.body());

            List<RawConnection> silent = new ArrayList<>();
            try {
                Eventually.holds(() -> refusedOnceTheReserveIsHeld(capped, silent),
                        "a connection past the cap and the reserve");
            } finally {
                for (RawConnection connection : silent) {
                    connection.close();
                }
            }
            first.close();
            second.close();
            Eventually.holds(() -> refusedCount(capped) >= 1, "refused connections in /metrics");
        }
    }

    /** The answer on a reserve connection, retried while the last one's close is still being seen. */
    private static RawConnection.Reply answerFromReserve(TestBot capped, String request) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (RawConnection next = new RawConnection(capped.port(), CLIENT_TIMEOUT)) {
                return next.send(request).read();
            } catch (IOException closedAtOnce) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no reserve connection admitted");
    }

    /**
     * Whether a new connection is closed at once; one that is not has taken a reserve place and
     * is kept open, silent, so that the next one finds the reserve full.
     */
    private static boolean refusedOnceTheReserveIsHeld(TestBot capped, List<RawConnection> silent) {
        try {
            RawConnection next = new RawConnection(capped.port(), Duration.ofSeconds(1));
            try {
                if (next.closedByServer()) {
                    next.close();
                    return true;
                }
            } catch (SocketTimeoutException admitted) {
                silent.add(next);
                return false;
            }
            next.close();
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static double refusedCount(TestBot capped) {
        try {
            return capped.get("/metrics").body().lines()
                    .filter(line -> line.startsWith("digestbot_connections_refused_total "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Whether a new connection gets an answer within a few tries (the close is seen asynchronously). */
    private static boolean admitted(TestBot capped) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (RawConnection next = new RawConnection(capped.port(), CLIENT_TIMEOUT)) {
                if (next.send(get("/healthz")).read().status() == 200) {
                    return true;
                }
            } catch (IOException closedAtOnce) {
                Thread.sleep(20);
            }
        }
        return false;
    }
}
