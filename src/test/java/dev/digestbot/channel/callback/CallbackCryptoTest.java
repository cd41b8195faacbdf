package dev.digestbot.channel.callback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.channel.ChannelException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackCryptoTest {

    private static final String SAMPLE_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    /** Every vector that carries a ciphertext and its verified plaintext parts. */
    @ParameterizedTest
    @ValueSource(strings = {"03-official-3p-debug-demo-complete.json",
            "04-tencent-oa-sample-spamtest.json", "05-node-weixin-crypto-spamtest.json",
            "07-botframework-oa-safe-mode.json", "08-official-reply-example-decrypt.json",
            "09-wecom-verifyurl.json", "10-wecom-post-text.json",
            "11-wecom-legacy-verifyurl.json", "12-wecom-legacy-post-text.json"})
    void a_vector_ciphertext_decrypts_to_its_verified_parts(String file) {
        JsonNode v = Vectors.load(file);
        JsonNode part = v.has("inbound") ? v.get("inbound") : v;
        String encrypt = part.has("encrypt") ? part.get("encrypt").asText()
                : part.get("echostr").asText();
        JsonNode expected = part.get("expected");
        EncodingAesKey key = EncodingAesKey.parse("key", v.get("encoding_aes_key").asText());
        String receiveId = v.has("appid") ? v.get("appid").asText()
                : v.get("receiveid_corpid").asText();

        byte[] padded = CallbackCrypto.run(Cipher.DECRYPT_MODE, key,
                Base64.getDecoder().decode(encrypt));
        assertEquals(expected.get("pad_len").asInt(), padded[padded.length - 1]);
        FullStr parts = FullStr.parse(Pkcs7.unpad(padded).orElseThrow()).orElseThrow();
        assertEquals(expected.get("random16").asText(),
                new String(parts.random(), StandardCharsets.US_ASCII));
        assertEquals(expected.get("msg_len").asInt(),
                parts.message().getBytes(StandardCharsets.UTF_8).length);
        assertEquals(expected.get("receiveid").asText(), parts.receiveId());
        assertEquals(expected.get("plaintext").asText(), parts.message());
        if (expected.has("full_str_bytes")) {
            assertEquals(expected.get("full_str_bytes").asInt(), parts.toBytes().length);
        }

        CallbackCrypto.Decrypted decrypted = new CallbackCrypto(List.of(key), receiveId, () -> {
            throw new AssertionError("decryption needs no randomness");
        }).decrypt(encrypt);
        assertEquals(expected.get("plaintext").asText(), decrypted.message());
        assertEquals(expected.get("receiveid").asText(), receiveId);
    }

    @Test
    void the_official_reply_of_vector_03_encrypts_and_signs_exactly() {
        JsonNode v = Vectors.load("03-official-3p-debug-demo-complete.json");
        JsonNode reply = v.get("reply");
        JsonNode expected = reply.get("expected");
        CallbackCrypto crypto = fixedRandom(v.get("encoding_aes_key").asText(),
                reply.get("receiveid").asText(), reply.get("random16").asText());

        String encrypt = crypto.encrypt(reply.get("plaintext").asText());
        String signature = CallbackSignature.sign(v.get("token").asText(),
                reply.get("timestamp").asText(), reply.get("nonce").asText(), encrypt);

        assertEquals(expected.get("encrypt").asText(), encrypt);
        assertEquals(expected.get("ciphertext_bytes").asInt(),
                Base64.getDecoder().decode(encrypt).length);
        assertEquals(expected.get("msg_signature").asText(), signature);
        assertEquals(expected.get("reply_xml").asText(), ReplyXml.encrypted(encrypt, signature,
                reply.get("timestamp").asLong(), reply.get("nonce").asText()));
        FullStr parts = new FullStr(reply.get("random16").asText().getBytes(StandardCharsets.US_ASCII),
                reply.get("plaintext").asText(), reply.get("receiveid").asText());
        assertEquals(expected.get("full_str_bytes").asInt(), parts.toBytes().length);
        assertEquals(expected.get("pad_len").asInt(),
                Pkcs7.pad(parts.toBytes()).length - parts.toBytes().length);
    }

    @Test
    void wxjava_deterministic_encryption_counts_utf8_bytes_vector_06() {
        JsonNode v = Vectors.load("06-wxjava-encrypt-deterministic.json");
        for (JsonNode c : v.get("cases")) {
            CallbackCrypto crypto = fixedRandom(v.get("encoding_aes_key").asText(),
                    v.get("appid").asText(), c.get("random16").asText());
            String plaintext = c.get("plaintext").asText();
            FullStr parts = new FullStr(c.get("random16").asText().getBytes(StandardCharsets.US_ASCII),
                    plaintext, v.get("appid").asText());

            assertEquals(c.get("plaintext_utf8_bytes").asInt(),
                    plaintext.getBytes(StandardCharsets.UTF_8).length);
            assertEquals(c.get("full_str_bytes").asInt(), parts.toBytes().length);
            assertEquals(c.get("pad_len").asInt(),
                    Pkcs7.pad(parts.toBytes()).length - parts.toBytes().length);
            assertEquals(c.get("expected_encrypt").asText(), crypto.encrypt(plaintext));
            assertEquals(plaintext, crypto.decrypt(c.get("expected_encrypt").asText()).message());
        }
    }

    @Test
    void a_plaintext_filling_whole_blocks_gets_a_full_block_of_padding_vector_13() {
        JsonNode v = Vectors.load("13-selfmade-full-block-padding.json");
        CallbackCrypto crypto = fixedRandom(v.get("encoding_aes_key").asText(),
                v.get("appid").asText(), v.get("random16").asText());

        String encrypt = crypto.encrypt(v.get("plaintext").asText());

        assertEquals(v.get("expected_encrypt").asText(), encrypt);
        assertEquals(v.get("ciphertext_bytes").asInt(), Base64.getDecoder().decode(encrypt).length);
        assertEquals(v.get("expected_msg_signature").asText(), CallbackSignature.sign(
                v.get("token").asText(), v.get("timestamp").asText(), v.get("nonce").asText(),
                encrypt));
        byte[] padded = CallbackCrypto.run(Cipher.DECRYPT_MODE,
                EncodingAesKey.parse("key", v.get("encoding_aes_key").asText()),
                Base64.getDecoder().decode(encrypt));
        assertEquals(v.get("full_str_bytes").asInt() + v.get("pad_len").asInt(), padded.length);
        assertEquals(v.get("pad_len").asInt(), padded[padded.length - 1]);
        assertEquals(v.get("plaintext").asText(), crypto.decrypt(encrypt).message());
    }

    @Test
    void a_message_for_another_appid_is_rejected_vector_07() {
        JsonNode v = Vectors.load("07-botframework-oa-safe-mode.json");
        CallbackCrypto crypto = CallbackCrypto.withSecureRandom(
                List.of(EncodingAesKey.parse("key", v.get("encoding_aes_key").asText())),
                "wx77f941c8");

        ChannelException e = assertThrows(ChannelException.class,
                () -> crypto.decrypt(v.get("encrypt").asText()));
        assertEquals(401, e.status());
        assertEquals("wrong_receiver", e.error());
    }

    @Test
    void after_a_key_rotation_the_previous_key_still_decrypts_and_is_reported() {
        EncodingAesKey oldKey = EncodingAesKey.parse("old", SAMPLE_KEY);
        EncodingAesKey newKey = EncodingAesKey.parse("new", "Z".repeat(43));
        String sealedWithOld = CallbackCrypto.withSecureRandom(List.of(oldKey), "wxapp")
                .encrypt("你好");
        CallbackCrypto rotated = CallbackCrypto.withSecureRandom(List.of(newKey, oldKey), "wxapp");

        CallbackCrypto.Decrypted opened = rotated.decrypt(sealedWithOld);

        assertEquals("你好", opened.message());
        assertTrue(opened.key() == oldKey);
        assertEquals("你好", CallbackCrypto.withSecureRandom(List.of(oldKey), "wxapp")
                .decrypt(rotated.encrypt("你好", opened.key())).message());
    }

    @Test
    void a_ciphertext_no_key_opens_is_a_bad_request() {
        String sealed = CallbackCrypto.withSecureRandom(
                List.of(EncodingAesKey.parse("k", SAMPLE_KEY)), "wxapp").encrypt("hi");
        CallbackCrypto other = CallbackCrypto.withSecureRandom(
                List.of(EncodingAesKey.parse("k", "Q".repeat(43))), "wxapp");

        assertEquals(400, assertThrows(ChannelException.class, () -> other.decrypt(sealed)).status());
        assertEquals(400, assertThrows(ChannelException.class, () -> other.decrypt("%%%")).status());
        assertEquals(400, assertThrows(ChannelException.class,
                () -> other.decrypt(Base64.getEncoder().encodeToString(new byte[17]))).status());
    }

    @Test
    void padding_of_more_than_32_or_inconsistent_bytes_is_refused() {
        byte[] bad = new byte[32];
        bad[31] = 33;
        assertTrue(Pkcs7.unpad(bad).isEmpty());
        byte[] mixed = Pkcs7.pad(new byte[5]);
        mixed[10] = 1;
        assertTrue(Pkcs7.unpad(mixed).isEmpty());
        assertArrayEquals(new byte[5], Pkcs7.unpad(Pkcs7.pad(new byte[5])).orElseThrow());
    }

    @Test
    void an_encoding_aes_key_of_the_wrong_shape_is_refused_without_echoing_it() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EncodingAesKey.parse("wechat.aesKey", "secret-but-short"));
        assertEquals("wechat.aesKey: a 16-character value (expected: 43 characters of A-Z, a-z, 0-9)",
                e.getMessage());
        assertEquals("EncodingAesKey[redacted]", EncodingAesKey.parse("k", SAMPLE_KEY).toString());
    }

    static CallbackCrypto fixedRandom(String encodingAesKey, String receiveId, String random16) {
        byte[] random = random16.getBytes(StandardCharsets.US_ASCII);
        return new CallbackCrypto(List.of(EncodingAesKey.parse("key", encodingAesKey)), receiveId,
                random::clone);
    }
}
