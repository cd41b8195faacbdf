package dev.digestbot.chat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Where every channel's messages go, so that what platforms have in common is done once:
 *
 * <ul>
 *   <li>a message is answered once however often its platform re-delivers it: a delivery with
 *       the same (channel, chat, sender, message id) as one answered or being answered gets that
 *       reply, is not matched again and is not counted against the sender's rate limit;
 *   <li>the {@link ChatService} decides the reply on the reply pool, never on the caller's
 *       thread; a full pool fails the future with {@link RejectedExecutionException};
 *   <li>a group message's reply is pushed through its own channel's outbound ({@link Pushes}).
 * </ul>
 *
 * Thread-safe.
 */
public final class Inbox implements Responder {

    private final ChatService chat;
    private final Executor pool;
    private final RetryDedup dedup;
    private final Pushes pushes;

    /** @param pool the reply pool, bounded: it rejects work when full */
    public Inbox(ChatService chat, Executor pool, RetryDedup dedup, Pushes pushes) {
        this.chat = chat;
        this.pool = pool;
        this.dedup = dedup;
        this.pushes = pushes;
    }

    @Override
    public CompletableFuture<Optional<String>> reply(ChatMessage message) {
        if (message.msgId() == null) {
            return answer(message);
        }
        return dedup.reply(String.join("\u0000", message.channel(), message.chatId(),
                message.sender(), message.msgId()), () -> answer(message));
    }

    private CompletableFuture<Optional<String>> answer(ChatMessage message) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                Optional<String> reply = chat.reply(message);
                reply.ifPresent(text -> pushes.after(message, text));
                return reply;
            }, pool);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
