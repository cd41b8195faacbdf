package dev.digestbot.channel.callback;

import dev.digestbot.channel.ChannelException;
import java.util.Map;
import java.util.Objects;

/**
 * One inbound push of an Official Account or WeCom app, after decryption: a message
 * ({@code text}, {@code image}, …) or an {@code event}.
 *
 * @param toUser the account's id ({@code gh_…} or the CorpID)
 * @param fromUser the sender's OpenID or WeCom UserID
 * @param createTime Unix seconds
 * @param msgType {@code text}, {@code event}, {@code image}, …
 * @param content the text of a {@code text} message, else null
 * @param msgId the message id, null for events
 * @param event the event name ({@code subscribe}, …) of an {@code event}, else null
 */
public record CallbackMessage(String toUser, String fromUser, long createTime, String msgType,
        String content, String msgId, String event) {

    public CallbackMessage {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(msgType, "msgType");
    }

    /**
     * Reads the fields of a decrypted push.
     *
     * @throws ChannelException 400 naming the first missing or malformed field
     */
    public static CallbackMessage of(Map<String, String> fields) {
        String createTime = required(fields, "CreateTime");
        long seconds;
        try {
            seconds = Long.parseLong(createTime.strip());
        } catch (NumberFormatException e) {
            throw ChannelException.badRequest("bad_message",
                    "CreateTime: " + createTime + " (expected: Unix seconds)");
        }
        return new CallbackMessage(required(fields, "ToUserName"), required(fields, "FromUserName"),
                seconds, required(fields, "MsgType").strip(), fields.get("Content"),
                stripped(fields.get("MsgId")), stripped(fields.get("Event")));
    }

    public boolean isText() {
        return "text".equals(msgType) && content != null;
    }

    public boolean isEvent(String name) {
        return "event".equals(msgType) && name.equalsIgnoreCase(event);
    }

    /**
     * What a re-delivery of this message shares with the first besides its sender: the MsgId, or
     * the creation time when the platform gave none.
     */
    public String retryId() {
        return msgId != null ? msgId : "created:" + createTime;
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw ChannelException.badRequest("bad_message",
                    name + ": missing (expected: an element <" + name + ">)");
        }
        return value;
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
