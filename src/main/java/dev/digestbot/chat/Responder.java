package dev.digestbot.chat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What every channel hands its messages to; the reply comes later, off the caller's thread. */
@FunctionalInterface
public interface Responder {

    /**
     * The reply to {@code message}, empty when the bot stays silent. The future fails with a
     * {@link java.util.concurrent.RejectedExecutionException} when the bot is too busy to take
     * the message, which the caller answers with "retry later".
     */
    CompletableFuture<Optional<String>> reply(ChatMessage message);
}
