package dev.digestbot.channel.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.chat.ChatMessage;
import dev.digestbot.chat.MutableClock;
import dev.digestbot.chat.RetryDedup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WechatEndpointTest {

    private static final String TOKEN = "s3cretToken42";
    private static final String LINK = "\n\nSOFARPC：https://github.com/sofastack/sofa-rpc";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final AtomicInteger asked = new AtomicInteger();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void url_verification_echoes_the_echostr_of_the_official_vector_01() {
        JsonNode v = Vectors.load("01-plain-signature-official.json");
        clock.advance(Duration.between(clock.instant(),
                Instant.ofEpochSecond(v.get("timestamp").asLong())));
        WechatEndpoint endpoint = endpoint(WechatSettings.plain(v.get("token").asText()), echo());

        ChannelResponse response = endpoint.handle("GET", Map.of(
                "signature", v.get("expected_signature").asText(),
                "timestamp", v.get("timestamp").asText(), "nonce", v.get("nonce").asText(),
                "echostr", v.get("echostr").asText()), new byte[0]).join();

        assertEquals(v.get("expected_response_body").asText(), response.bodyText());
        assertEquals(ChannelResponse.TEXT, response.contentType());
    }

    @Test
    void the_channel_is_404_while_no_token_is_configured_and_405_for_other_methods() {
        WechatEndpoint off = endpoint(WechatSettings.plain(""), echo());
        assertEquals(404, rejection(off.handle("GET", Map.of(), new byte[0])).status());
        WechatEndpoint on = endpoint(WechatSettings.plain(TOKEN), echo());
        assertEquals(405, rejection(on.handle("PUT", Map.of(), new byte[0])).status());
    }

    @Test
    void a_plain_text_message_gets_a_text_reply_with_sender_and_receiver_swapped() {
        WechatEndpoint endpoint = endpoint(WechatSettings.plain(TOKEN), echo());

        ChannelResponse response = endpoint.handle("POST", signedQuery(),
                textXml("o_user", "seata 怎么配置？", "1001")).join();

        Map<String, String> reply = SafeXml.fields(response.bodyText());
        assertEquals(ChannelResponse.XML, response.contentType());
        assertEquals("o_user", reply.get("ToUserName"));
        assertEquals("gh_bot", reply.get("FromUserName"));
        assertEquals("text", reply.get("MsgType"));
        assertEquals("answer to seata 怎么配置？", reply.get("Content"));
        assertEquals(String.valueOf(clock.instant().getEpochSecond()), reply.get("CreateTime"));
    }

    @Test
    void a_wrong_signature_is_401_processes_nothing_and_logs_no_token() {
        WechatEndpoint endpoint = endpoint(WechatSettings.plain(TOKEN), echo());
        Map<String, String> query = new HashMap<>(signedQuery());
        query.put("signature", WechatSignature.sign("other-token", query.get("timestamp"),
                query.get("nonce")));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        ChannelException e;
        try {
            e = rejection(endpoint.handle("POST", query, textXml("o", "hi", "1")));
        } finally {
            System.setErr(stderr);
        }

        assertEquals(401, e.status());
        assertEquals("bad_signature", e.error());
        assertEquals(0, asked.get());
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("signature does not match"), logged);
        assertFalse(logged.contains(TOKEN) || e.detail().contains(TOKEN));
    }

    @Test
    void a_timestamp_outside_the_window_is_401_even_when_correctly_signed() {
        WechatEndpoint endpoint = endpoint(WechatSettings.plain(TOKEN), echo());
        Map<String, String> query = signedQuery();
        clock.advance(Duration.ofSeconds(301));

        ChannelException e = rejection(endpoint.handle("POST", query, textXml("o", "hi", "1")));

        assertEquals(401, e.status());
        assertEquals("stale_timestamp", e.error());
        assertEquals(0, asked.get());
    }

    @Test
    void an_xxe_body_is_400_and_never_reaches_the_responder() {
        WechatEndpoint endpoint = endpoint(WechatSettings.plain(TOKEN), echo());
        byte[] xxe = ("<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName>"
                + "<CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&x;</Content>"
                + "<MsgId>1</MsgId></xml>").getBytes(StandardCharsets.UTF_8);

        ChannelException e = rejection(endpoint.handle("POST", signedQuery(), xxe));

        assertEquals(400, e.status());
        assertEquals(0, asked.get());
    }

    @Test
    void a_safe_mode_text_gets_an_encrypted_reply_the_platform_can_verify_vector_07() {
        JsonNode v = Vectors.load("07-botframework-oa-safe-mode.json");
        atEpochSecond(v.get("timestamp").asLong());
        WechatSettings settings = safeSettings(v.get("token").asText(),
                v.get("encoding_aes_key").asText(), null, v.get("appid").asText());
        WechatEndpoint endpoint = endpoint(settings, echo());

        ChannelResponse response = endpoint.handle("POST", vector07Query(v),
                v.get("body_xml").asText().getBytes(StandardCharsets.UTF_8)).join();

        Map<String, String> envelope = SafeXml.fields(response.bodyText());
        assertEquals(v.get("nonce").asText(), envelope.get("Nonce"));
        assertTrue(WechatSignature.matches(envelope.get("MsgSignature"), v.get("token").asText(),
                envelope.get("TimeStamp"), envelope.get("Nonce"), envelope.get("Encrypt")));
        String replyXml = WechatCrypto.withSecureRandom(settings.keys(), v.get("appid").asText())
                .decrypt(envelope.get("Encrypt")).message();
        Map<String, String> reply = SafeXml.fields(replyXml);
        assertEquals("answer to hi", reply.get("Content"));
        assertEquals("of3ss6NTm25BKyE9KfDPD-ALSeWg", reply.get("ToUserName"));
        assertEquals("gh_d13df7f4ef38", reply.get("FromUserName"));
    }

    @Test
    void a_safe_mode_push_for_another_appid_is_401_vector_07() {
        JsonNode v = Vectors.load("07-botframework-oa-safe-mode.json");
        atEpochSecond(v.get("timestamp").asLong());
        WechatEndpoint endpoint = endpoint(safeSettings(v.get("token").asText(),
                v.get("encoding_aes_key").asText(), null, "wx77f941c8"), echo());

        ChannelException e = rejection(endpoint.handle("POST", vector07Query(v),
                v.get("body_xml").asText().getBytes(StandardCharsets.UTF_8)));

        assertEquals(401, e.status());
        assertEquals("wrong_receiver", e.error());
        assertEquals(0, asked.get());
    }

    @Test
    void the_previous_aes_key_still_opens_pushes_after_a_rotation_vector_05() {
        JsonNode v = Vectors.load("05-node-weixin-crypto-spamtest.json");
        atEpochSecond(v.get("timestamp").asLong());
        WechatEndpoint endpoint = endpoint(safeSettings(v.get("token").asText(), "N".repeat(43),
                v.get("encoding_aes_key").asText(), v.get("appid").asText()), echo());
        Map<String, String> query = Map.of("timestamp", v.get("timestamp").asText(),
                "nonce", v.get("nonce").asText(), "encrypt_type", "aes",
                "msg_signature", v.get("msg_signature").asText());

        ChannelResponse response = endpoint.handle("POST", query,
                v.get("body_xml").asText().getBytes(StandardCharsets.UTF_8)).join();

        String encrypt = SafeXml.fields(response.bodyText()).get("Encrypt");
        WechatCrypto oldKeyOnly = WechatCrypto.withSecureRandom(
                List.of(EncodingAesKey.parse("old", v.get("encoding_aes_key").asText())),
                v.get("appid").asText());
        assertEquals("answer to abcdteT",
                SafeXml.fields(oldKeyOnly.decrypt(encrypt).message()).get("Content"));
    }

    @Test
    void a_safe_mode_event_without_reply_answers_a_plain_success_vector_03() {
        JsonNode v = Vectors.load("03-official-3p-debug-demo-complete.json");
        JsonNode inbound = v.get("inbound");
        atEpochSecond(inbound.get("query").get("timestamp").asLong());
        WechatEndpoint endpoint = endpoint(safeSettings(v.get("token").asText(),
                v.get("encoding_aes_key").asText(), null, v.get("appid").asText()), echo());
        Map<String, String> query = new HashMap<>();
        inbound.get("query").fields().forEachRemaining(f -> query.put(f.getKey(), f.getValue().asText()));

        ChannelResponse response = endpoint.handle("POST", query,
                inbound.get("body_xml").asText().getBytes(StandardCharsets.UTF_8)).join();

        assertEquals("success", response.bodyText());
    }

    @Test
    void subscribe_gets_the_welcome_other_types_a_polite_text_and_unsubscribe_success() {
        WechatEndpoint endpoint = endpoint(WechatSettings.plain(TOKEN), echo());
        String now = String.valueOf(clock.instant().getEpochSecond());

        Map<String, String> welcome = SafeXml.fields(endpoint.handle("POST", signedQuery(), xml(
                "<MsgType>event</MsgType><Event>subscribe</Event><CreateTime>" + now
                        + "</CreateTime>")).join().bodyText());
        Map<String, String> image = SafeXml.fields(endpoint.handle("POST", signedQuery(), xml(
                "<MsgType>image</MsgType><PicUrl>http://x/y.png</PicUrl><MsgId>7</MsgId>"
                        + "<CreateTime>" + now + "</CreateTime>")).join().bodyText());
        ChannelResponse bye = endpoint.handle("POST", signedQuery(), xml(
                "<MsgType>event</MsgType><Event>unsubscribe</Event><CreateTime>" + now
                        + "</CreateTime>")).join();

        assertEquals(WechatSettings.DEFAULT_WELCOME, welcome.get("Content"));
        assertEquals(PassiveReplier.TEXT_ONLY, image.get("Content"));
        assertEquals("success", bye.bodyText());
        assertEquals(0, asked.get());
    }

    @Test
    void a_repeated_msg_id_is_answered_once_with_the_same_reply() {
        WechatEndpoint endpoint = endpoint(WechatSettings.plain(TOKEN), echo());

        String first = endpoint.handle("POST", signedQuery(), textXml("o", "q1", "555")).join().bodyText();
        clock.advance(Duration.ofSeconds(15));
        String retry = endpoint.handle("POST", signedQuery(), textXml("o", "q1", "555")).join().bodyText();

        assertEquals(1, asked.get());
        assertEquals(SafeXml.fields(first).get("Content"), SafeXml.fields(retry).get("Content"));
    }

    @Test
    void a_retry_arriving_while_the_first_is_answered_waits_for_the_same_answer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        WechatEndpoint endpoint = endpoint(WechatSettings.plain(TOKEN), message -> {
            asked.incrementAndGet();
            await(release);
            return Optional.of("slow answer");
        });

        CompletableFuture<ChannelResponse> first = endpoint.handle("POST", signedQuery(),
                textXml("o", "q", "777"));
        CompletableFuture<ChannelResponse> retry = endpoint.handle("POST", signedQuery(),
                textXml("o", "q", "777"));
        release.countDown();

        assertEquals("slow answer", SafeXml.fields(first.get(5, TimeUnit.SECONDS).bodyText()).get("Content"));
        assertEquals("slow answer", SafeXml.fields(retry.get(5, TimeUnit.SECONDS).bodyText()).get("Content"));
        assertEquals(1, asked.get());
    }

    @Test
    void a_reply_not_ready_within_the_budget_answers_success() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        WechatSettings settings = new WechatSettings(TOKEN, null, null, null, 300, 100,
                WechatSettings.DEFAULT_WELCOME);
        WechatEndpoint endpoint = endpoint(settings, message -> {
            await(release);
            return Optional.of("too late");
        });
        try {
            ChannelResponse response = endpoint.handle("POST", signedQuery(),
                    textXml("o", "q", "888")).get(5, TimeUnit.SECONDS);
            assertEquals("success", response.bodyText());
        } finally {
            release.countDown();
        }
    }

    @Test
    void an_over_long_answer_is_cut_under_2048_bytes_and_keeps_the_project_link() {
        String answer = "这是一段很长的回答，用来超过平台的长度限制。".repeat(150) + LINK;
        WechatEndpoint endpoint = endpoint(WechatSettings.plain(TOKEN), m -> Optional.of(answer));

        String content = SafeXml.fields(endpoint.handle("POST", signedQuery(),
                textXml("o", "q", "999")).join().bodyText()).get("Content");

        assertTrue(content.getBytes(StandardCharsets.UTF_8).length <= 2047);
        assertTrue(content.endsWith("。…" + LINK), content);
    }

    @Test
    void silence_from_the_responder_answers_success() {
        WechatEndpoint endpoint = endpoint(WechatSettings.plain(TOKEN), m -> Optional.empty());
        assertEquals("success", endpoint.handle("POST", signedQuery(),
                textXml("o", "thanks", "1")).join().bodyText());
    }

    @Test
    void settings_name_the_bad_key_and_never_print_secrets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> safeSettings(TOKEN, "short", null, "wx1"));
        assertTrue(e.getMessage().startsWith("wechat.aesKey: "), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> safeSettings(TOKEN, "A".repeat(43), null, null));
        String shown = safeSettings(TOKEN, "A".repeat(43), "B".repeat(43), "wx1").toString();
        assertFalse(shown.contains(TOKEN) || shown.contains("AAAA") || shown.contains("BBBB"), shown);
    }

    private WechatEndpoint endpoint(WechatSettings settings,
            Function<ChatMessage, Optional<String>> responder) {
        WechatCrypto crypto = settings.safeMode()
                ? WechatCrypto.withSecureRandom(settings.keys(), settings.appId()) : null;
        PassiveReplier replier = new PassiveReplier("wechat", responder, executor,
                new RetryDedup(Duration.ofSeconds(60), clock),
                Duration.ofMillis(settings.replyBudgetMillis()), settings.welcome(), clock);
        return new WechatEndpoint(settings, crypto, replier, clock);
    }

    private Function<ChatMessage, Optional<String>> echo() {
        return message -> {
            asked.incrementAndGet();
            return Optional.of("answer to " + message.text());
        };
    }

    private Map<String, String> signedQuery() {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String nonce = "n" + timestamp;
        return Map.of("signature", WechatSignature.sign(TOKEN, timestamp, nonce),
                "timestamp", timestamp, "nonce", nonce, "openid", "o");
    }

    private static Map<String, String> vector07Query(JsonNode v) {
        return Map.of("signature", v.get("signature").asText(),
                "timestamp", v.get("timestamp").asText(), "nonce", v.get("nonce").asText(),
                "encrypt_type", "aes", "msg_signature", v.get("msg_signature").asText());
    }

    private byte[] textXml(String from, String content, String msgId) {
        return ("<xml><ToUserName><![CDATA[gh_bot]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + clock.instant().getEpochSecond()
                + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
                + "]]></Content><MsgId>" + msgId + "</MsgId></xml>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xml(String fields) {
        return ("<xml><ToUserName>gh_bot</ToUserName><FromUserName>o_user</FromUserName>" + fields
                + "</xml>").getBytes(StandardCharsets.UTF_8);
    }

    private static WechatSettings safeSettings(String token, String aesKey, String previous,
            String appId) {
        return new WechatSettings(token, aesKey, previous, appId, 300, 4500,
                WechatSettings.DEFAULT_WELCOME);
    }

    private void atEpochSecond(long seconds) {
        clock.advance(Duration.between(clock.instant(), Instant.ofEpochSecond(seconds)));
    }

    static ChannelException rejection(CompletableFuture<ChannelResponse> response) {
        CompletionException e = assertThrows(CompletionException.class, response::join);
        return assertInstanceOf(ChannelException.class, e.getCause());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
