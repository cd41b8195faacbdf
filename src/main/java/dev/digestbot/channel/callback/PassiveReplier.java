package dev.digestbot.channel.callback;

import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.chat.ChatMessage;
import dev.digestbot.chat.ReplyTruncator;
import dev.digestbot.chat.Responder;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the passive reply to one decrypted push of an Official Account or WeCom app:
 * a text message goes to the responder (which answers each message once, however often it is
 * re-delivered), {@code subscribe} gets the welcome text, other events get {@code success}, other
 * message types a short polite text.
 *
 * <p>A reply not ready within the budget, or a failed one, answers {@code success} (the platform
 * then shows nothing and does not retry) instead of letting the platform's 5 s deadline pass. A
 * responder too busy to take the message fails the future instead, so the platform is refused
 * and delivers the message again.
 */
public final class PassiveReplier {

    /** The body that tells the platform "no reply, do not retry". */
    public static final ChannelResponse SUCCESS = ChannelResponse.text("success");
    /** WeChat delivers nothing at all for a longer text; 2047 is the safe documented cap. */
    public static final int MAX_TEXT_BYTES = 2047;
    /** Under the platforms' 5 s deadline, with room for the network. */
    public static final int DEFAULT_BUDGET_MILLIS = 4500;
    public static final String DEFAULT_WELCOME =
            "欢迎关注！直接发送你的问题，我会从 SOFA Weekly 的问答里找答案。";
    public static final String TEXT_ONLY = "我目前只看得懂文字消息，请直接输入你的问题。";

    private static final Logger LOG = LoggerFactory.getLogger(PassiveReplier.class);

    private final String channel;
    private final Responder responder;
    private final Duration budget;
    private final String welcome;
    private final Clock clock;

    /** @param channel the {@link ChatMessage#channel()} of the messages handed to the responder */
    public PassiveReplier(String channel, Responder responder, Duration budget, String welcome,
            Clock clock) {
        this.channel = channel;
        this.responder = responder;
        this.budget = budget;
        this.welcome = welcome;
        this.clock = clock;
    }

    /**
     * The response to {@code push}; {@code seal} turns reply XML into the response body (the
     * identity in plain mode, encryption in safe mode).
     */
    public CompletableFuture<ChannelResponse> reply(CallbackMessage push, UnaryOperator<String> seal) {
        if (push.isText()) {
            ChatMessage message = new ChatMessage(channel, push.fromUser(), push.fromUser(),
                    push.content(), true, push.retryId());
            return responder.reply(message)
                    .handle((reply, failure) -> {
                        if (failure == null) {
                            return reply.map(text -> text(push, text, seal)).orElse(SUCCESS);
                        }
                        return unlessBusy(message, failure);
                    })
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
     * A failed answer is logged here and becomes "no reply": answering {@code success} keeps the
     * platform from re-delivering a message that fails. A busy responder is passed on.
     */
    private ChannelResponse unlessBusy(ChatMessage message, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof RejectedExecutionException busy) {
            throw busy;
        }
        LOG.error("{}: answering message {} failed", channel, message.msgId(), cause);
        return SUCCESS;
    }

    private ChannelResponse text(CallbackMessage push, String text, UnaryOperator<String> seal) {
        String content = ReplyTruncator.truncate(text, MAX_TEXT_BYTES);
        return ChannelResponse.xml(seal.apply(
                ReplyXml.text(push, content, clock.instant().getEpochSecond())));
    }
}
