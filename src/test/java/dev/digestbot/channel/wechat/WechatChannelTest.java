package dev.digestbot.channel.wechat;

import dev.digestbot.channel.callback.PassiveReplier;
import dev.digestbot.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelRequest;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.channel.callback.CallbackCrypto;
import dev.digestbot.channel.callback.CallbackSignature;
import dev.digestbot.channel.callback.EncodingAesKey;
import dev.digestbot.channel.callback.PassiveReplier;
import dev.digestbot.channel.callback.SafeXml;
import dev.digestbot.channel.callback.Vectors;
import dev.digestbot.chat.ChatMessage;
import dev.digestbot.chat.Responder;
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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WechatChannelTest {

    private static final String TOKEN = "s3cretToken42";
    private static final String LINK = "\n\nSOFARPC：https://github.com/sofastack/sofa-rpc";

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void url_verification_echoes_the_echostr_of_the_official_vector_01() {
        JsonNode v = Vectors.load("01-plain-signature-official.json");
        clock.advance(Duration.between(clock.instant(),
                Instant.ofEpochSecond(v.get("timestamp").asLong())));
        WechatChannel channel = channel(WechatSettings.plain(v.get("token").asText()), echo());

        ChannelResponse response = call(channel, "GET", Map.of(
                "signature", v.get("expected_signature").asText(),
                "timestamp", v.get("timestamp").asText(), "nonce", v.get("nonce").asText(),
                "echostr", v.get("echostr").asText()), new byte[0]).join();

        assertEquals(v.get("expected_response_body").asText(), response.bodyText());
        assertEquals(ChannelResponse.TEXT, response.contentType());
    }

    @Test
    void a_plain_text_message_gets_a_text_reply_with_sender_and_receiver_swapped() {
        WechatChannel channel = channel(WechatSettings.plain(TOKEN), echo());

        ChannelResponse response = call(channel, "POST", signedQuery(),
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
        WechatChannel channel = channel(WechatSettings.plain(TOKEN), echo());
        Map<String, String> query = new HashMap<>(signedQuery());
        query.put("signature", CallbackSignature.sign("other-token", query.get("timestamp"),
                query.get("nonce")));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        ChannelException e;
        try {
            e = rejection(call(channel, "POST", query, textXml("o", "hi", "1")));
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
        WechatChannel channel = channel(WechatSettings.plain(TOKEN), echo());
        Map<String, String> query = signedQuery();
        clock.advance(Duration.ofSeconds(301));

        ChannelException e = rejection(call(channel, "POST", query, textXml("o", "hi", "1")));

        assertEquals(401, e.status());
        assertEquals("stale_timestamp", e.error());
        assertEquals(0, asked.get());
    }

    @Test
    void an_xxe_body_is_400_and_never_reaches_the_responder() {
        WechatChannel channel = channel(WechatSettings.plain(TOKEN), echo());
        byte[] xxe = ("<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName>"
                + "<CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&x;</Content>"
                + "<MsgId>1</MsgId></xml>").getBytes(StandardCharsets.UTF_8);

        ChannelException e = rejection(call(channel, "POST", signedQuery(), xxe));

        assertEquals(400, e.status());
        assertEquals(0, asked.get());
    }

    @Test
    void a_safe_mode_text_gets_an_encrypted_reply_the_platform_can_verify_vector_07() {
        JsonNode v = Vectors.load("07-botframework-oa-safe-mode.json");
        atEpochSecond(v.get("timestamp").asLong());
        WechatSettings settings = safeSettings(v.get("token").asText(),
                v.get("encoding_aes_key").asText(), null, v.get("appid").asText());
        WechatChannel channel = channel(settings, echo());

        ChannelResponse response = call(channel, "POST", vector07Query(v),
                v.get("body_xml").asText().getBytes(StandardCharsets.UTF_8)).join();

        Map<String, String> envelope = SafeXml.fields(response.bodyText());
        assertEquals(v.get("nonce").asText(), envelope.get("Nonce"));
        assertTrue(CallbackSignature.matches(envelope.get("MsgSignature"), v.get("token").asText(),
                envelope.get("TimeStamp"), envelope.get("Nonce"), envelope.get("Encrypt")));
        String replyXml = CallbackCrypto.withSecureRandom(settings.keys(), v.get("appid").asText())
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
        WechatChannel channel = channel(safeSettings(v.get("token").asText(),
                v.get("encoding_aes_key").asText(), null, "wx77f941c8"), echo());

        ChannelException e = rejection(call(channel, "POST", vector07Query(v),
                v.get("body_xml").asText().getBytes(StandardCharsets.UTF_8)));

        assertEquals(401, e.status());
        assertEquals("wrong_receiver", e.error());
        assertEquals(0, asked.get());
    }

    @Test
    void the_previous_aes_key_still_opens_pushes_after_a_rotation_vector_05() {
        JsonNode v = Vectors.load("05-node-weixin-crypto-spamtest.json");
        atEpochSecond(v.get("timestamp").asLong());
        WechatChannel channel = channel(safeSettings(v.get("token").asText(), "N".repeat(43),
                v.get("encoding_aes_key").asText(), v.get("appid").asText()), echo());
        Map<String, String> query = Map.of("timestamp", v.get("timestamp").asText(),
                "nonce", v.get("nonce").asText(), "encrypt_type", "aes",
                "msg_signature", v.get("msg_signature").asText());

        ChannelResponse response = call(channel, "POST", query,
                v.get("body_xml").asText().getBytes(StandardCharsets.UTF_8)).join();

        String encrypt = SafeXml.fields(response.bodyText()).get("Encrypt");
        CallbackCrypto oldKeyOnly = CallbackCrypto.withSecureRandom(
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
        WechatChannel channel = channel(safeSettings(v.get("token").asText(),
                v.get("encoding_aes_key").asText(), null, v.get("appid").asText()), echo());
        Map<String, String> query = new HashMap<>();
        inbound.get("query").fields().forEachRemaining(f -> query.put(f.getKey(), f.getValue().asText()));

        ChannelResponse response = call(channel, "POST", query,
                inbound.get("body_xml").asText().getBytes(StandardCharsets.UTF_8)).join();

        assertEquals("success", response.bodyText());
    }

    @Test
    void subscribe_gets_the_welcome_other_types_a_polite_text_and_unsubscribe_success() {
        WechatChannel channel = channel(WechatSettings.plain(TOKEN), echo());
        String now = String.valueOf(clock.instant().getEpochSecond());

        Map<String, String> welcome = SafeXml.fields(call(channel, "POST", signedQuery(), xml(
                "<MsgType>event</MsgType><Event>subscribe</Event><CreateTime>" + now
                        + "</CreateTime>")).join().bodyText());
        Map<String, String> image = SafeXml.fields(call(channel, "POST", signedQuery(), xml(
                "<MsgType>image</MsgType><PicUrl>http://x/y.png</PicUrl><MsgId>7</MsgId>"
                        + "<CreateTime>" + now + "</CreateTime>")).join().bodyText());
        ChannelResponse bye = call(channel, "POST", signedQuery(), xml(
                "<MsgType>event</MsgType><Event>unsubscribe</Event><CreateTime>" + now
                        + "</CreateTime>")).join();

        assertEquals(PassiveReplier.DEFAULT_WELCOME, welcome.get("Content"));
        assertEquals(PassiveReplier.TEXT_ONLY, image.get("Content"));
        assertEquals("success", bye.bodyText());
        assertEquals(0, asked.get());
    }

    @Test
    void a_text_reaches_the_responder_as_a_direct_mention_carrying_its_msg_id() {
        AtomicReference<ChatMessage> received = new AtomicReference<>();
        WechatChannel channel = channel(WechatSettings.plain(TOKEN), message -> {
            received.set(message);
            return CompletableFuture.completedFuture(Optional.empty());
        });

        call(channel, "POST", signedQuery(), textXml("o_user", "seata 配置", "4242")).join();

        assertEquals(new ChatMessage("wechat", "o_user", "o_user", "seata 配置", true, "4242"),
                received.get());
    }

    @Test
    void a_reply_not_ready_within_the_budget_answers_success() throws Exception {
        WechatSettings settings = new WechatSettings(TOKEN, null, null, null, 300, 100,
                PassiveReplier.DEFAULT_WELCOME);
        WechatChannel channel = channel(settings, message -> new CompletableFuture<>());

        ChannelResponse response = call(channel, "POST", signedQuery(),
                textXml("o", "q", "888")).get(5, TimeUnit.SECONDS);

        assertEquals("success", response.bodyText());
    }

    @Test
    void a_failed_answer_is_logged_and_success_so_the_platform_does_not_redeliver_it() {
        WechatChannel channel = channel(WechatSettings.plain(TOKEN),
                message -> CompletableFuture.failedFuture(new IllegalStateException("broken")));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        String body;
        try {
            body = call(channel, "POST", signedQuery(), textXml("o", "q", "889")).join().bodyText();
        } finally {
            System.setErr(stderr);
        }
        assertEquals("success", body);
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("answering message 889 failed"));
    }

    @Test
    void a_responder_too_busy_fails_the_call_so_the_platform_delivers_again() {
        WechatChannel channel = channel(WechatSettings.plain(TOKEN),
                message -> CompletableFuture.failedFuture(new RejectedExecutionException("full")));
        CompletionException e = assertThrows(CompletionException.class,
                () -> call(channel, "POST", signedQuery(), textXml("o", "q", "890")).join());
        assertInstanceOf(RejectedExecutionException.class, e.getCause());
    }

    @Test
    void an_over_long_answer_is_cut_under_2048_bytes_and_keeps_the_project_link() {
        String answer = "这是一段很长的回答，用来超过平台的长度限制。".repeat(150) + LINK;
        WechatChannel channel = channel(WechatSettings.plain(TOKEN), replying(answer));

        String content = SafeXml.fields(call(channel, "POST", signedQuery(),
                textXml("o", "q", "999")).join().bodyText()).get("Content");

        assertTrue(content.getBytes(StandardCharsets.UTF_8).length <= 2047);
        assertTrue(content.endsWith("。…" + LINK), content);
    }

    @Test
    void silence_from_the_responder_answers_success() {
        WechatChannel channel = channel(WechatSettings.plain(TOKEN),
                m -> CompletableFuture.completedFuture(Optional.empty()));
        assertEquals("success", call(channel, "POST", signedQuery(),
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

    private WechatChannel channel(WechatSettings settings, Responder responder) {
        CallbackCrypto crypto = settings.safeMode()
                ? CallbackCrypto.withSecureRandom(settings.keys(), settings.appId()) : null;
        return new WechatChannel(settings, crypto, responder, clock);
    }

    private static CompletableFuture<ChannelResponse> call(WechatChannel channel, String method,
            Map<String, String> query, byte[] body) {
        return channel.handle(new ChannelRequest(method, query, Map.of(), body));
    }

    private Responder echo() {
        return message -> {
            asked.incrementAndGet();
            return CompletableFuture.completedFuture(Optional.of("answer to " + message.text()));
        };
    }

    private static Responder replying(String answer) {
        return message -> CompletableFuture.completedFuture(Optional.of(answer));
    }

    private Map<String, String> signedQuery() {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String nonce = "n" + timestamp;
        return Map.of("signature", CallbackSignature.sign(TOKEN, timestamp, nonce),
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
                PassiveReplier.DEFAULT_WELCOME);
    }

    private void atEpochSecond(long seconds) {
        clock.advance(Duration.between(clock.instant(), Instant.ofEpochSecond(seconds)));
    }

    static ChannelException rejection(CompletableFuture<ChannelResponse> response) {
        CompletionException e = assertThrows(CompletionException.class, response::join);
        return assertInstanceOf(ChannelException.class, e.getCause());
    }
}
