package dev.digestbot.chat;

import java.util.concurrent.CompletableFuture;

/**
 * A channel's own way to post into a group, besides answering the call that brought a message
 * (a WeCom group robot). {@link Pushes} decides what goes out and keeps it within
 * {@link #perMinute()}.
 */
public interface Outbound {

    /** How many messages a minute the platform accepts. */
    int perMinute();

    /**
     * Whether it posts the reply to {@code message} where the sender reads it; the others are
     * answered in the response to the call that brought them.
     */
    boolean reaches(ChatMessage message);

    /**
     * Posts {@code reply} to the group of {@code message}.
     *
     * @return true once the platform took it, false when it refused or could not be reached
     *     (logged by the outbound, which knows what may be shown of its address)
     */
    CompletableFuture<Boolean> push(ChatMessage message, String reply);
}
