package dev.digestbot.channel.wechat;

import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.chat.ChatMessage;
import dev.digestbot.chat.ReplyTruncator;
import dev.digestbot.chat.RetryDedup;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the passive reply to one decrypted push of an Official Account or WeCom app:
 * a text message goes to the responder (once per message, however often it is re-delivered),
 * {@code subscribe} gets the welcome text, other events get {@code success}, other message
 * types a short polite text.
 *
 * <p>The responder runs on the given executor. A reply not ready within the budget, or a failed
 * one, answers {@code success} (the platform then shows nothing and does not retry) instead of
 * letting the platform's 5 s deadline pass.
 */
public final class PassiveReplier {

    /** The body that tells the platform "no reply, do not retry". */
    public static final ChannelResponse SUCCESS = ChannelResponse.text("success");
    /** WeChat delivers nothing at all for a longer text; 2047 is the safe documented cap. */
    public static final int MAX_TEXT_BYTES = 2047;
    static final String TEXT_ONLY = "我目前只看得懂文字消息，请直接输入你的问题。";

    private static final Logger LOG = LoggerFactory.getLogger(PassiveReplier.class);

    private final String channel;
    private final Function<ChatMessage, Optional<String>> responder;
    private final Executor executor;
    private final RetryDedup dedup;
    private final Duration budget;
    private final String welcome;
    private final Clock clock;

    /**
     * @param channel the {@link ChatMessage#channel()} of the messages handed to the responder
     * @param responder the bot's reply to a message, empty to stay silent; may block
     */
    public PassiveReplier(String channel, Function<ChatMessage, Optional<String>> responder,
            Executor executor, RetryDedup dedup, Duration budget, String welcome, Clock clock) {
        this.channel = channel;
        this.responder = responder;
        this.executor = executor;
        this.dedup = dedup;
        this.budget = budget;
        this.welcome = welcome;
        this.clock = clock;
    }

    /**
     * The response to {@code push}; {@code seal} turns reply XML into the response body (the
     * identity in plain mode, encryption in safe mode).
     */
    public CompletableFuture<ChannelResponse> reply(WechatMessage push, UnaryOperator<String> seal) {
        if (push.isText()) {
            ChatMessage message = new ChatMessage(channel, push.fromUser(), push.fromUser(),
                    push.content(), true, push.msgId());
            return dedup.reply(channel + ":" + push.dedupKey(), () -> answer(message))
                    .thenApply(reply -> reply.map(text -> text(push, text, seal)).orElse(SUCCESS))
                    .completeOnTimeout(SUCCESS, budget.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (push.isEvent("subscribe")) {
            return CompletableFuture.completedFuture(text(push, welcome, seal));
        }
        if ("event".equals(push.msgType())) {
            return CompletableFuture.completedFuture(SUCCESS);
        }
        return CompletableFuture.completedFuture(text(push, TEXT_ONLY, seal));
    }

    /**
     * A failure is logged here and becomes "no reply": the delivery that saw it has already been
     * answered {@code success}, so the platform will not re-deliver it anyway.
     */
    private CompletableFuture<Optional<String>> answer(ChatMessage message) {
        return CompletableFuture.supplyAsync(() -> responder.apply(message), executor)
                .exceptionally(failure -> {
                    LOG.error("{}: answering message {} failed", channel, message.msgId(), failure);
                    return Optional.empty();
                });
    }

    private ChannelResponse text(WechatMessage push, String text, UnaryOperator<String> seal) {
        String content = ReplyTruncator.truncate(text, MAX_TEXT_BYTES);
        return ChannelResponse.xml(seal.apply(
                ReplyXml.text(push, content, clock.instant().getEpochSecond())));
    }
}
