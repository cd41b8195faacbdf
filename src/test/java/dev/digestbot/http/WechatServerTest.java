package dev.digestbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.channel.callback.EncodingAesKey;
import dev.digestbot.channel.callback.SafeXml;
import dev.digestbot.channel.callback.CallbackCrypto;
import dev.digestbot.channel.callback.CallbackSignature;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqFiles;
import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.TestBot;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /wechat} and {@code /wecom} spoken to the real server on a free port, as the platforms do. */
class WechatServerTest {

    private static final String TOKEN = "e2eToken";
    private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String APP_ID = "wx2c2769f8efd9abc2";
    private static final String CORP_ID = "ww1436e0e65a779aee";
    private static final String LONG_QUESTION = "SOFAArk 的 biz 模块合并部署时类加载隔离如何配置";

    @TempDir
    static Path faq;
    private static TestBot plain;
    private static TestBot safe;
    private static CallbackCrypto oa;
    private static CallbackCrypto corp;

    @BeforeAll
    static void start() throws Exception {
        FaqFixtures.write(faq);
        List<Entry> entries = new ArrayList<>(FaqFixtures.ENTRIES);
        entries.add(new Entry("ark-long", LONG_QUESTION, List.of(),
                "这是一个非常长的回答，用来测试平台的长度限制。".repeat(120), "MOSN", null, null,
                List.of(), List.of(), null, null, "2021-07-16T00:00:00Z"));
        FaqFiles.writeEntries(faq, entries);
        plain = TestBot.start(faq, Map.of("wechat.token", TOKEN, "server.maxBodyBytes", "4096"));
        safe = TestBot.start(faq, Map.of("wechat.token", TOKEN, "wechat.aesKey", KEY,
                "wechat.appId", APP_ID, "wecom.token", TOKEN, "wecom.aesKey", KEY,
                "wecom.corpId", CORP_ID));
        oa = CallbackCrypto.withSecureRandom(List.of(EncodingAesKey.parse("k", KEY)), APP_ID);
        corp = CallbackCrypto.withSecureRandom(List.of(EncodingAesKey.parse("k", KEY)), CORP_ID);
    }

    @AfterAll
    static void stop() {
        plain.close();
        safe.close();
    }

    @Test
    void url_verification_echoes_the_echostr() throws Exception {
        HttpResponse<String> response = plain.get("/wechat?" + query(signed(now(), "echostr", "12345")));
        assertEquals(200, response.statusCode());
        assertEquals("12345", response.body());
    }

    @Test
    void a_plain_text_message_round_trips_with_an_answer_and_link() throws Exception {
        HttpResponse<String> response = postXml(plain, signed(now()), text("seata 全局锁和 mysql 锁", "1"));
        assertEquals(200, response.statusCode());
        Map<String, String> reply = SafeXml.fields(response.body());
        assertEquals("o_user", reply.get("ToUserName"));
        assertTrue(reply.get("Content").contains("https://github.com/seata/seata"), response.body());
    }

    @Test
    void a_safe_mode_message_round_trips_encrypted() throws Exception {
        String encrypt = oa.encrypt(text("seata 全局锁和 mysql 锁", "2"));
        Map<String, String> query = signed(now());
        query.put("encrypt_type", "aes");
        query.put("msg_signature", CallbackSignature.sign(TOKEN, query.get("timestamp"), query.get("nonce"), encrypt));

        HttpResponse<String> response = postXml(safe, query, envelope(encrypt));

        Map<String, String> sealed = SafeXml.fields(response.body());
        assertTrue(CallbackSignature.matches(sealed.get("MsgSignature"), TOKEN, sealed.get("TimeStamp"),
                sealed.get("Nonce"), sealed.get("Encrypt")));
        String content = SafeXml.fields(oa.decrypt(sealed.get("Encrypt")).message()).get("Content");
        assertTrue(content.contains("https://github.com/seata/seata"), content);
    }

    @Test
    void a_wrong_signature_is_401() throws Exception {
        Map<String, String> query = signed(now());
        query.put("signature", "0".repeat(40));
        assertError(postXml(plain, query, text("hi", "3")), 401, "bad_signature");
    }

    @Test
    void a_stale_timestamp_is_401() throws Exception {
        assertError(postXml(plain, signed(now() - 3600), text("hi", "4")), 401, "stale_timestamp");
    }

    @Test
    void an_xxe_body_is_400() throws Exception {
        String xxe = "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><Content>&x;</Content></xml>";
        assertError(postXml(plain, signed(now()), xxe), 400, "bad_xml");
    }

    @Test
    void a_message_for_another_appid_is_401() throws Exception {
        String encrypt = CallbackCrypto.withSecureRandom(List.of(EncodingAesKey.parse("k", KEY)), "wx_other")
                .encrypt(text("hi", "5"));
        Map<String, String> query = signed(now());
        query.put("encrypt_type", "aes");
        query.put("msg_signature", CallbackSignature.sign(TOKEN, query.get("timestamp"), query.get("nonce"), encrypt));
        assertError(postXml(safe, query, envelope(encrypt)), 401, "wrong_receiver");
    }

    @Test
    void duplicate_and_concurrent_duplicate_msg_ids_get_the_same_reply() throws Exception {
        String body = text("mosn k8s 版本", "6");
        List<CompletableFuture<String>> parallel = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            parallel.add(CompletableFuture.supplyAsync(() -> content(body)));
        }
        String first = parallel.get(0).join();
        for (CompletableFuture<String> other : parallel) {
            assertEquals(first, other.join());
        }
        assertEquals(first, content(body));
    }

    /** Dedupe was keyed on MsgId alone: a second user sending the same MsgId got the first user's reply. */
    @Test
    void the_same_msg_id_from_another_user_gets_its_own_reply() throws Exception {
        String first = content(text("o_first", "mosn k8s 版本", "60"));
        String second = content(text("o_second", "seata 全局锁和 mysql 锁", "60"));
        assertTrue(first.contains("https://github.com/mosn/mosn"), first);
        assertTrue(second.contains("https://github.com/seata/seata"), second);
    }

    @Test
    void an_oversized_body_is_413() throws Exception {
        HttpResponse<String> response = postXml(plain, signed(now()), text("x".repeat(5000), "7"));
        assertEquals(413, response.statusCode());
    }

    @Test
    void an_over_long_answer_is_cut_and_keeps_the_link() throws Exception {
        String content = content(text(LONG_QUESTION, "8"));
        assertTrue(content.getBytes(StandardCharsets.UTF_8).length <= 2047, content);
        assertTrue(content.endsWith("。…\n\nMOSN：https://github.com/mosn/mosn"), content);
    }

    @Test
    void wechat_is_404_without_a_token() throws Exception {
        HttpResponse<String> response = safe.get("/wecom?x=1");
        assertNotEquals(404, response.statusCode());
        try (TestBot off = TestBot.start(faq, Map.of())) {
            assertError(off.get("/wechat?" + query(signed(now(), "echostr", "1"))), 404, "not_found");
        }
    }

    @Test
    void wecom_verification_answers_the_decrypted_echostr() throws Exception {
        String echostr = corp.encrypt("1288432023552776189");
        Map<String, String> query = signed(now());
        query.remove("signature");
        query.put("msg_signature", CallbackSignature.sign(TOKEN, query.get("timestamp"), query.get("nonce"), echostr));
        query.put("echostr", echostr);
        HttpResponse<String> response = safe.get("/wecom?" + query(query));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("1288432023552776189", response.body());
    }

    private static String content(String body) {
        try {
            HttpResponse<String> response = postXml(plain, signed(now()), body);
            assertEquals(200, response.statusCode(), response.body());
            return SafeXml.fields(response.body()).get("Content");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> postXml(TestBot bot, Map<String, String> query, String xml)
            throws Exception {
        return bot.post("/wechat?" + query(query), "text/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertError(HttpResponse<String> response, int status, String error) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(error, new ObjectMapper().readTree(response.body()).get("error").asText());
        assertTrue(!response.body().contains(TOKEN) && !response.body().contains(KEY));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static Map<String, String> signed(long timestamp, String... more) {
        Map<String, String> query = new LinkedHashMap<>();
        String nonce = "n" + System.nanoTime();
        query.put("signature", CallbackSignature.sign(TOKEN, String.valueOf(timestamp), nonce));
        query.put("timestamp", String.valueOf(timestamp));
        query.put("nonce", nonce);
        for (int i = 0; i < more.length; i += 2) {
            query.put(more[i], more[i + 1]);
        }
        return query;
    }

    private static String query(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String text(String content, String msgId) {
        return text("o_user", content, msgId);
    }

    private static String text(String from, String content, String msgId) {
        return "<xml><ToUserName><![CDATA[gh_bot]]></ToUserName><FromUserName><![CDATA[" + from + "]]></FromUserName>"
                + "<CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    private static String envelope(String encrypt) {
        return "<xml><ToUserName><![CDATA[gh_bot]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt></xml>";
    }
}
