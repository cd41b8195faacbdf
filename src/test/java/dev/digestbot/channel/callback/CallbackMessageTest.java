package dev.digestbot.channel.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.channel.ChannelException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallbackMessageTest {

    @Test
    void a_decrypted_text_message_reads_into_the_record_vector_05() {
        JsonNode v = Vectors.load("05-node-weixin-crypto-spamtest.json");
        CallbackMessage m = CallbackMessage.of(SafeXml.fields(v.get("expected").get("plaintext").asText()));
        assertEquals(new CallbackMessage("gh_10f6c3c3ac5a", "oyORnuP8q7ou2gfYjqLzSIWZf0rs", 1410349438L,
                "text", "abcdteT", "6057404712141979648", null), m);
        assertTrue(m.isText());
        assertEquals("6057404712141979648", m.retryId());
    }

    @Test
    void a_wecom_text_without_cdata_reads_the_same_way_vector_10() {
        JsonNode v = Vectors.load("10-wecom-post-text.json");
        CallbackMessage m = CallbackMessage.of(SafeXml.fields(v.get("expected").get("plaintext").asText()));
        assertEquals("ChenJiaShun", m.fromUser());
        assertEquals("你好", m.content());
        assertEquals("1456453720", m.msgId());
    }

    @Test
    void a_message_without_msg_id_is_known_across_retries_by_its_creation_time() {
        CallbackMessage m = CallbackMessage.of(Map.of("ToUserName", "gh_1", "FromUserName", "o1",
                "CreateTime", "123", "MsgType", "text", "Content", "hi"));
        assertNull(m.msgId());
        assertEquals("created:123", m.retryId());
    }

    @Test
    void an_event_reads_its_name() {
        CallbackMessage m = CallbackMessage.of(Map.of("ToUserName", "gh_1", "FromUserName", "o1",
                "CreateTime", "123", "MsgType", "event", "Event", "subscribe"));
        assertTrue(m.isEvent("subscribe"));
        assertNull(m.msgId());
    }

    @Test
    void a_missing_or_malformed_field_is_named_in_the_error() {
        ChannelException missing = assertThrows(ChannelException.class, () -> CallbackMessage.of(
                Map.of("ToUserName", "gh_1", "CreateTime", "1", "MsgType", "text")));
        assertEquals("FromUserName: missing (expected: an element <FromUserName>)", missing.detail());
        ChannelException malformed = assertThrows(ChannelException.class, () -> CallbackMessage.of(
                Map.of("ToUserName", "gh_1", "FromUserName", "o", "CreateTime", "soon",
                        "MsgType", "text")));
        assertEquals("CreateTime: soon (expected: Unix seconds)", malformed.detail());
    }

    @Test
    void a_text_reply_swaps_sender_and_receiver_and_survives_a_cdata_terminator() {
        CallbackMessage in = new CallbackMessage("gh_1", "o1", 1, "text", "q", "9", null);
        String xml = ReplyXml.text(in, "a ]]> b\u0001", 1700000000L);
        assertEquals(Map.of("ToUserName", "o1", "FromUserName", "gh_1", "CreateTime", "1700000000",
                "MsgType", "text", "Content", "a ]]> b"), SafeXml.fields(xml));
    }
}
