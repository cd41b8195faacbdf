package dev.digestbot.channel.callback;

import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelRequest;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.channel.ChatChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * A platform that speaks the callback protocol of WeChat Official Accounts and WeCom apps:
 * {@code GET} verifies the callback URL, {@code POST} brings a signed (and in safe mode
 * encrypted) push, answered by a passive reply through the {@link PassiveReplier}. A subclass
 * says how its platform verifies and opens; what they share happens here.
 *
 * <p>Refusals complete the future with a {@link ChannelException}: 401 for a missing or wrong
 * signature, a stale timestamp or another receiver, 400 for bodies that are not the expected XML
 * or ciphertext.
 */
public abstract class CallbackChannel implements ChatChannel {

    /** A push read from its body (decrypted in safe mode) and how its reply XML is sealed. */
    public record Opened(CallbackMessage message, UnaryOperator<String> seal) {

        public Opened {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(seal, "seal");
        }
    }

    private final PassiveReplier replier;

    protected CallbackChannel(PassiveReplier replier) {
        this.replier = replier;
    }

    @Override
    public final Set<String> methods() {
        return Set.of("GET", "POST");
    }

    @Override
    public final CompletableFuture<ChannelResponse> handle(ChannelRequest request) {
        try {
            if (request.method().equals("GET")) {
                return CompletableFuture.completedFuture(verifyUrl(request.query()));
            }
            Opened push = open(request.query(), new String(request.body(), StandardCharsets.UTF_8));
            return replier.reply(push.message(), push.seal());
        } catch (ChannelException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The answer to the platform's URL verification. */
    protected abstract ChannelResponse verifyUrl(Map<String, String> query);

    /** Authenticates a push and reads it. */
    protected abstract Opened open(Map<String, String> query, String body);
}
