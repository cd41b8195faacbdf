package dev.digestbot.channel.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackSignatureTest {

    @Test
    void the_official_plain_signature_vector_01_matches() {
        JsonNode v = Vectors.load("01-plain-signature-official.json");
        String signature = CallbackSignature.sign(v.get("token").asText(),
                v.get("timestamp").asText(), v.get("nonce").asText());
        assertEquals(v.get("expected_signature").asText(), signature);
    }

    @Test
    void values_sort_in_ordinal_order_not_ignoring_case_vector_02() {
        JsonNode v = Vectors.load("02-plain-signature-case-trap.json");
        String[] values = {v.get("token").asText(), v.get("timestamp").asText(),
                v.get("nonce").asText()};
        assertEquals(v.get("expected_signature").asText(), CallbackSignature.sign(values));
        assertFalse(CallbackSignature.matches(
                v.get("wrong_signature_if_sorted_case_insensitively").asText(), values));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-plain-signature-official.json", "02-plain-signature-case-trap.json"})
    void an_upper_case_signature_is_accepted(String file) {
        JsonNode v = Vectors.load(file);
        assertTrue(CallbackSignature.matches(
                v.get("expected_signature").asText().toUpperCase(Locale.ROOT),
                v.get("token").asText(), v.get("timestamp").asText(), v.get("nonce").asText()));
    }

    @Test
    void a_signature_differing_in_one_digit_or_missing_does_not_match() {
        String good = CallbackSignature.sign("AAAAA", "1714036504", "1514711492");
        String bad = good.substring(0, 39) + (good.charAt(39) == '0' ? '1' : '0');
        assertNotEquals(good, bad);
        assertFalse(CallbackSignature.matches(bad, "AAAAA", "1714036504", "1514711492"));
        assertFalse(CallbackSignature.matches(null, "AAAAA", "1714036504", "1514711492"));
        assertFalse(CallbackSignature.matches(good.substring(1), "AAAAA", "1714036504", "1514711492"));
    }

    @Test
    void the_botframework_request_carries_both_valid_signatures_vector_07() {
        JsonNode v = Vectors.load("07-botframework-oa-safe-mode.json");
        String token = v.get("token").asText();
        String timestamp = v.get("timestamp").asText();
        String nonce = v.get("nonce").asText();
        assertTrue(CallbackSignature.matches(v.get("signature").asText(), token, timestamp, nonce));
        assertTrue(CallbackSignature.matches(v.get("msg_signature").asText(), token, timestamp, nonce,
                v.get("encrypt").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"04-tencent-oa-sample-spamtest.json",
            "05-node-weixin-crypto-spamtest.json", "10-wecom-post-text.json",
            "12-wecom-legacy-post-text.json"})
    void the_msg_signature_covers_the_ciphertext(String file) {
        JsonNode v = Vectors.load(file);
        assertEquals(v.get("msg_signature").asText(), CallbackSignature.sign(v.get("token").asText(),
                v.get("timestamp").asText(), v.get("nonce").asText(), v.get("encrypt").asText()));
    }

    @Test
    void the_complete_official_vector_03_signs_the_url_both_ways() {
        JsonNode v = Vectors.load("03-official-3p-debug-demo-complete.json");
        JsonNode query = v.get("inbound").get("query");
        String token = v.get("token").asText();
        assertTrue(CallbackSignature.matches(query.get("signature").asText(), token,
                query.get("timestamp").asText(), query.get("nonce").asText()));
        assertTrue(CallbackSignature.matches(query.get("msg_signature").asText(), token,
                query.get("timestamp").asText(), query.get("nonce").asText(),
                v.get("inbound").get("encrypt").asText()));
    }
}
