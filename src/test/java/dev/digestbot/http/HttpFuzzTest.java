package dev.digestbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.TestBot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random and mutated requests, each on its own connection, against the real server:
 * never a 5xx for a client's mistake, never a hang, and the server answers correctly afterwards.
 * The seed is fixed, so a failure names a request that can be replayed.
 */
class HttpFuzzTest {

    private static final long SEED = 20_211_116L;
    private static final int REQUESTS = 3000;
    private static final int CLIENT_TIMEOUT_MILLIS = 10_000;
    private static final Pattern STATUS_LINE = Pattern.compile("(?:^|\r\n)HTTP/1\\.1 (\\d{3}) ");
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH",
        "TRACE", "CONNECT", "BREW", "get", ""};
    private static final String[] PATHS = {"/healthz", "/readyz", "/api/ask", "/webhook/chat", "/wechat",
        "/admin/entries", "/metrics", "/", "*", "/api/ask?x=%zz", "/api/ask?%%%", "/wechat?signature=&timestamp=x",
        "/../../etc/passwd", "/api//ask", "/%00", "/api/ask#frag", "http://evil/api/ask", "/\u00e9\u4e2d"};
    private static final String[] JSON_BODIES = {"{\"text\":\"seata 全局锁\"}", "{\"text\":\"\"}", "{}", "[]", "null",
        "{\"text\":1e999999}", "{\"text\":\"\\ud800\"}", "{\"text\":\"\\u0000\"}", "{\"text\":{\"a\":[1,2]}}",
        "{\"chatId\":\"g\",\"sender\":\"u\",\"text\":\"seata\",\"mentioned\":true,\"msgId\":\"1\"}",
        "{\"chatId\":1,\"sender\":[],\"text\":true}", "{\"text\":\"a\",\"text\":\"b\"}", "{\"text\":\"x\"", "\"text\"",
        "{'text':'x'}", "{\"text\":\"x\"}{\"text\":\"y\"}", "\ufeff{\"text\":\"bom\"}"};
    private static final String[] XML_BODIES = {
        "<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[o]]></FromUserName>"
            + "<CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[seata]]></Content>"
            + "<MsgId>1</MsgId></xml>",
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><xml><Content>&c;&c;&c;</Content></xml>",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Content>&e;</Content></xml>",
        "<xml><Encrypt><![CDATA[not base64!!]]></Encrypt></xml>", "<xml>", "<xml><Content>]]></Content></xml>",
        "not xml at all"};

    @TempDir
    static Path faq;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        FaqFixtures.write(faq);
        bot = TestBot.start(faq, Map.of("server.readTimeoutMillis", "1000",
                "server.maxBodyBytes", "4096", "server.maxHeaderBytes", "2048"));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void random_and_mutated_requests_never_get_a_5xx_nor_hang_and_the_server_still_answers() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < REQUESTS; i++) {
            byte[] request = fuzzed(random);
            String response = exchange(i, request);
            Matcher status = STATUS_LINE.matcher(response);
            while (status.find()) {
                if (status.group(1).startsWith("5")) {
                    fail("request " + i + " got " + status.group(1) + ": " + describe(request) + "\n" + response);
                }
            }
            if (!response.isEmpty() && !response.startsWith("HTTP/1.1 ")) {
                fail("request " + i + " got no HTTP response: " + describe(request) + "\n" + response);
            }
        }
        assertEquals(200, bot.get("/healthz").statusCode());
        JsonNode answer = new ObjectMapper().readTree(bot.postJson("/api/ask",
                "{\"text\":\"registry 的 data 节点是随机挑一个 meta 去连的吗？挂了一台咋办\"}").body());
        assertTrue(answer.get("answered").asBoolean(), answer.toString());
        assertEquals("registry-meta", answer.get("entry").get("id").asText());
    }

    @Test
    void a_malformed_query_string_is_a_400() throws Exception {
        String response = exchange(0, "GET /healthz?a=%zz HTTP/1.1\r\nHost: x\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
    }

    /** Writes the request, half-closes, reads until the server closes; a read that times out is a hang. */
    private static String exchange(int index, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", bot.port())) {
            socket.setSoTimeout(CLIENT_TIMEOUT_MILLIS);
            try {
                socket.getOutputStream().write(request);
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                // the server may refuse and close before the whole request is written
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException hang) {
                fail("request " + index + " hung: " + describe(request) + "\nso far: " + received);
            } catch (IOException reset) {
                // a reset after the answer: what was read still counts
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private static byte[] fuzzed(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> randomBytes(random, random.nextInt(2000));
            case 1 -> mutate(random, valid(random));
            case 2 -> (pick(random, METHODS) + " " + pick(random, PATHS) + " HTTP/1.1\r\nHost: x\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            case 3 -> withHeaders(random);
            case 4 -> withBodyLength(random);
            case 5 -> chunked(random);
            case 6 -> huge(random);
            case 7 -> concat(valid(random), mutate(random, valid(random)), valid(random));
            default -> valid(random);
        };
    }

    /** A well-formed request with a body of the kind its route takes, or random bytes. */
    private static byte[] valid(Random random) {
        String path = pick(random, new String[] {"/api/ask", "/webhook/chat", "/wechat?signature=x&timestamp=1&nonce=2"});
        String type = path.startsWith("/wechat") ? "text/xml" : pick(random,
                new String[] {"application/json", "application/json; charset=utf-8", "text/plain", "application/json; charset=gbk"});
        byte[] body = switch (random.nextInt(4)) {
            case 0 -> pick(random, XML_BODIES).getBytes(StandardCharsets.UTF_8);
            case 1 -> randomBytes(random, random.nextInt(300));
            case 2 -> ("{\"text\":\"" + new String(randomBytes(random, 50), StandardCharsets.ISO_8859_1) + "\"}")
                    .getBytes(StandardCharsets.ISO_8859_1);
            default -> pick(random, JSON_BODIES).getBytes(StandardCharsets.UTF_8);
        };
        return concat(("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8), body);
    }

    private static byte[] withHeaders(Random random) {
        StringBuilder request = new StringBuilder("GET /healthz HTTP/1.1\r\n");
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(6)) {
                case 0 -> request.append("Host: x\r\n");
                case 1 -> request.append("X-").append(i).append(": ").append("v".repeat(random.nextInt(300))).append("\r\n");
                case 2 -> request.append(": no name\r\n");
                case 3 -> request.append("X-Bad\u0000Name: v\r\n");
                case 4 -> request.append(" folded continuation\r\n");
                default -> request.append(pick(random, new String[] {"Connection: close", "Connection: keep-alive",
                    "Expect: 100-continue", "Expect: teapot", "Transfer-Encoding: gzip", "Content-Length: -1",
                    "Content-Length: 1, 2", "Upgrade: websocket", "Content-Type: \u00ff\u00fe"})).append("\r\n");
            }
        }
        return request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A body that disagrees with its Content-Length, or a Content-Length that is no number. */
    private static byte[] withBodyLength(Random random) {
        String body = pick(random, JSON_BODIES);
        String length = pick(random, new String[] {"0", "1", "5", "99999", "-5", "abc", "",
            String.valueOf(body.length() + 10), "18446744073709551616", "4097"});
        String extra = random.nextBoolean() ? "" : "Transfer-Encoding: chunked\r\n";
        return ("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + length
                + "\r\n" + extra + "\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] chunked(Random random) {
        StringBuilder request = new StringBuilder(
                "POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        int chunks = random.nextInt(5);
        for (int i = 0; i < chunks; i++) {
            String data = pick(random, JSON_BODIES);
            String size = random.nextInt(4) == 0 ? pick(random, new String[] {"zz", "ffffffffffffffff", "-1", "1;ext=x", ""})
                    : Integer.toHexString(data.getBytes(StandardCharsets.UTF_8).length);
            request.append(size).append("\r\n").append(data).append("\r\n");
        }
        if (random.nextBoolean()) {
            request.append("0\r\n\r\n");
        }
        return request.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Values past every limit: URI, one header, the body. */
    private static byte[] huge(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> ("GET /" + "a".repeat(9000 + random.nextInt(5000)) + " HTTP/1.1\r\nHost: x\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            case 1 -> ("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Huge: " + "h".repeat(3000 + random.nextInt(30_000)) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            default -> {
                String text = "字".repeat(1400 + random.nextInt(20_000));
                byte[] body = ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
                yield concat(("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
            }
        };
    }

    /** Flips, inserts and deletes a few random bytes. */
    private static byte[] mutate(Random random, byte[] original) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int edits = 1 + random.nextInt(4);
        int[] at = new int[edits];
        for (int e = 0; e < edits; e++) {
            at[e] = random.nextInt(original.length + 1);
        }
        for (int i = 0; i <= original.length; i++) {
            boolean skip = false;
            for (int position : at) {
                if (position == i) {
                    switch (random.nextInt(3)) {
                        case 0 -> out.write(random.nextInt(256));
                        case 1 -> skip = true;
                        default -> out.write(i < original.length ? original[i] ^ (1 << random.nextInt(8)) : '\n');
                    }
                }
            }
            if (i < original.length && !skip) {
                out.write(original[i]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String describe(byte[] request) {
        String head = new String(request, 0, Math.min(request.length, 600), StandardCharsets.ISO_8859_1);
        return request.length + " bytes, starting " + HexFormat.of().formatHex(request, 0, Math.min(request.length, 64))
                + " = " + head.replace("\r", "\\r").replace("\n", "\\n");
    }
}
