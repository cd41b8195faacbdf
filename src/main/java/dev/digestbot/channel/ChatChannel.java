package dev.digestbot.channel;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One chat platform the bot listens on: where its calls arrive, and how a call becomes a
 * {@link dev.digestbot.chat.ChatMessage} for the {@link dev.digestbot.chat.Responder} and the
 * reply becomes the platform's response. Retry dedupe, rate limits and pushes into groups are not
 * a channel's business: the responder does them for every channel.
 *
 * <p>The HTTP layer binds {@link #methods()} on {@link #path()} for each configured channel and
 * calls {@link #handle} on its event loop, so a channel does only the cheap work there (verify,
 * decrypt, parse) and never blocks; the future completes when the responder has replied.
 * Refusals complete it with a {@link ChannelException}.
 */
public interface ChatChannel {

    /** Its {@link dev.digestbot.chat.ChatMessage#channel()} and the label of its metrics. */
    String name();

    /** The path its calls arrive on, such as {@code /wechat}. */
    String path();

    /** The HTTP methods it answers; the HTTP layer answers 405 for the others. */
    Set<String> methods();

    CompletableFuture<ChannelResponse> handle(ChannelRequest request);
}
