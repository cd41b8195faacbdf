package dev.digestbot.channel.wecom;

import dev.digestbot.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelRequest;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.channel.callback.SafeXml;
import dev.digestbot.channel.callback.Vectors;
import dev.digestbot.channel.callback.CallbackCrypto;
import dev.digestbot.channel.callback.CallbackSignature;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WecomChannelTest {

    private final TestClock clock = new TestClock(Instant.EPOCH);
    private final AtomicInteger asked = new AtomicInteger();

    @ParameterizedTest
    @ValueSource(strings = {"09-wecom-verifyurl.json", "11-wecom-legacy-verifyurl.json"})
    void url_verification_answers_the_decrypted_echostr(String file) {
        JsonNode v = Vectors.load(file);
        WecomChannel channel = channel(v, v.get("receiveid_corpid").asText());
        String echostr = URLDecoder.decode(v.get("echostr_urlencoded").asText(), StandardCharsets.UTF_8);
        assertEquals(v.get("echostr").asText(), echostr);

        ChannelResponse response = call(channel, "GET", Map.of(
                "msg_signature", v.get("msg_signature").asText(),
                "timestamp", v.get("timestamp").asText(), "nonce", v.get("nonce").asText(),
                "echostr", echostr), new byte[0]).join();

        assertEquals(v.get("expected_response_body").asText(), response.bodyText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"09-wecom-verifyurl.json", "11-wecom-legacy-verifyurl.json"})
    void an_echostr_whose_plus_signs_were_form_decoded_to_spaces_still_verifies(String file) {
        JsonNode v = Vectors.load(file);
        WecomChannel channel = channel(v, v.get("receiveid_corpid").asText());

        ChannelResponse response = call(channel, "GET", Map.of(
                "msg_signature", v.get("msg_signature").asText(),
                "timestamp", v.get("timestamp").asText(), "nonce", v.get("nonce").asText(),
                "echostr", v.get("echostr").asText().replace('+', ' ')), new byte[0]).join();

        assertEquals(v.get("expected_response_body").asText(), response.bodyText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10-wecom-post-text.json", "12-wecom-legacy-post-text.json"})
    void a_text_push_gets_an_encrypted_reply_for_the_same_corp(String file) {
        JsonNode v = Vectors.load(file);
        String corpId = v.get("receiveid_corpid").asText();
        WecomChannel channel = channel(v, corpId);

        ChannelResponse response = call(channel, "POST", postQuery(v),
                v.get("body_xml").asText().getBytes(StandardCharsets.UTF_8)).join();

        Map<String, String> envelope = SafeXml.fields(response.bodyText());
        assertTrue(CallbackSignature.matches(envelope.get("MsgSignature"), v.get("token").asText(),
                envelope.get("TimeStamp"), envelope.get("Nonce"), envelope.get("Encrypt")));
        CallbackCrypto corp = CallbackCrypto.withSecureRandom(List.of(settings(v, corpId).key()), corpId);
        Map<String, String> reply = SafeXml.fields(corp.decrypt(envelope.get("Encrypt")).message());
        Map<String, String> original = SafeXml.fields(v.get("expected").get("plaintext").asText());
        assertEquals("answer to " + original.get("Content"), reply.get("Content"));
        assertEquals(original.get("FromUserName"), reply.get("ToUserName"));
        assertEquals(1, asked.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10-wecom-post-text.json", "12-wecom-legacy-post-text.json"})
    void a_push_for_another_corp_is_401(String file) {
        JsonNode v = Vectors.load(file);
        WecomChannel channel = channel(v, "ww_someone_else");

        ChannelException e = rejection(call(channel, "POST", postQuery(v),
                v.get("body_xml").asText().getBytes(StandardCharsets.UTF_8)));

        assertEquals(401, e.status());
        assertEquals("wrong_receiver", e.error());
        assertEquals(0, asked.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10-wecom-post-text.json"})
    void a_wrong_msg_signature_or_a_stale_timestamp_is_401(String file) {
        JsonNode v = Vectors.load(file);
        WecomChannel channel = channel(v, v.get("receiveid_corpid").asText());
        byte[] body = v.get("body_xml").asText().getBytes(StandardCharsets.UTF_8);
        Map<String, String> forged = Map.of("msg_signature", "0".repeat(40),
                "timestamp", v.get("timestamp").asText(), "nonce", v.get("nonce").asText());

        assertEquals("bad_signature", rejection(call(channel, "POST", forged, body)).error());
        clock.advance(Duration.ofMinutes(6));
        assertEquals("stale_timestamp",
                rejection(call(channel, "POST", postQuery(v), body)).error());
        assertEquals(0, asked.get());
    }

    private WecomChannel channel(JsonNode v, String corpId) {
        clock.advance(Duration.between(clock.instant(),
                Instant.ofEpochSecond(v.get("timestamp").asLong())));
        WecomSettings settings = settings(v, corpId);
        return new WecomChannel(settings,
                CallbackCrypto.withSecureRandom(List.of(settings.key()), corpId), message -> {
                    asked.incrementAndGet();
                    return CompletableFuture.completedFuture(Optional.of("answer to " + message.text()));
                }, clock);
    }

    private static CompletableFuture<ChannelResponse> call(WecomChannel channel, String method,
            Map<String, String> query, byte[] body) {
        return channel.handle(new ChannelRequest(method, query, Map.of(), body));
    }

    private static WecomSettings settings(JsonNode v, String corpId) {
        return new WecomSettings(v.get("token").asText(), v.get("encoding_aes_key").asText(),
                corpId, null, "text");
    }

    private static Map<String, String> postQuery(JsonNode v) {
        return Map.of("msg_signature", v.get("msg_signature").asText(),
                "timestamp", v.get("timestamp").asText(), "nonce", v.get("nonce").asText());
    }

    private static ChannelException rejection(CompletableFuture<ChannelResponse> response) {
        CompletionException e = assertThrows(CompletionException.class, response::join);
        return assertInstanceOf(ChannelException.class, e.getCause());
    }
}
