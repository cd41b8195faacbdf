package dev.digestbot.channel.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelRequest;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.chat.ChatMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WebhookChannelTest {

    private final AtomicReference<ChatMessage> received = new AtomicReference<>();
    private final WebhookChannel channel = new WebhookChannel(message -> {
        received.set(message);
        return CompletableFuture.completedFuture(message.text().equals("hi")
                ? Optional.empty() : Optional.of("答：" + message.text()));
    });

    @Test
    void a_message_reaches_the_responder_with_its_id_and_the_reply_comes_back_as_json() {
        ChannelResponse response = post("application/json", "{\"chatId\":\"g1\",\"sender\":\"u1\","
                + "\"text\":\"seata?\",\"mentioned\":true,\"msgId\":\"m-1\"}").join();

        assertEquals(new ChatMessage("webhook", "g1", "u1", "seata?", true, "m-1"), received.get());
        assertEquals(ChannelResponse.JSON, response.contentType());
        assertEquals("{\"reply\":\"答：seata?\"}", response.bodyText());
    }

    @Test
    void silence_is_a_null_reply_and_mentioned_and_msg_id_are_optional() {
        ChannelResponse response = post("application/json",
                "{\"chatId\":\"g1\",\"sender\":\"u1\",\"text\":\"hi\"}").join();

        assertEquals("{\"reply\":null}", response.bodyText());
        assertEquals(false, received.get().mentioned());
        assertNull(received.get().msgId());
    }

    @Test
    void a_body_that_is_not_the_message_object_is_refused_400_naming_the_problem() {
        assertEquals("missing_field", refusal("application/json", "{\"chatId\":\"g\",\"text\":\"x\"}").error());
        assertEquals("invalid_field", refusal("application/json",
                "{\"chatId\":\"g\",\"sender\":\"u\",\"text\":\"x\",\"msgId\":7}").error());
        assertEquals("malformed_json", refusal("application/json", "{\"chatId\":").error());
        assertEquals("unsupported_content_type", refusal("text/plain", "{}").error());
        assertEquals(400, refusal("application/json", "[]").status());
        assertNull(received.get());
    }

    private CompletableFuture<ChannelResponse> post(String contentType, String body) {
        return channel.handle(new ChannelRequest("POST", Map.of(), Map.of("content-type", contentType),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private ChannelException refusal(String contentType, String body) {
        CompletionException e = assertThrows(CompletionException.class, () -> post(contentType, body).join());
        return assertInstanceOf(ChannelException.class, e.getCause());
    }
}
