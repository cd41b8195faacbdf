package dev.digestbot.chat;

import java.util.Objects;

/**
 * One message in a group or direct chat, as every channel adapter hands it over.
 *
 * @param channel where it came from ({@code webhook}, {@code wechat}, {@code wecom})
 * @param chatId the conversation; direct chats use the sender's id
 * @param sender who wrote it
 * @param text what they wrote, as received (mentions included)
 * @param mentioned whether the platform says the bot was @mentioned
 * @param msgId the platform's message id, the same in every re-delivery of the message; null
 *     when the platform gives none
 */
public record ChatMessage(String channel, String chatId, String sender, String text,
        boolean mentioned, String msgId) {

    public ChatMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
    }

    /** Whether it was written in a group, where others read the reply too; direct chats use the sender's id. */
    public boolean inGroup() {
        return !chatId.equals(sender);
    }
}
