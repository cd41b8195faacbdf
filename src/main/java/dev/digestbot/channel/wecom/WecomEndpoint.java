package dev.digestbot.channel.wecom;

import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.channel.wechat.CallbackAuth;
import dev.digestbot.channel.wechat.PassiveReplier;
import dev.digestbot.channel.wechat.SafeMode;
import dev.digestbot.channel.wechat.SafeXml;
import dev.digestbot.channel.wechat.WechatCrypto;
import dev.digestbot.channel.wechat.WechatMessage;
import dev.digestbot.channel.wechat.WechatSettings;
import dev.digestbot.chat.ChatMessage;
import dev.digestbot.chat.RetryDedup;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The WeCom self-built app callback behind {@code GET/POST /wecom}, free of HTTP-library types.
 * It speaks the Official Account's safe mode with the CorpID as receiveid, always encrypted:
 * {@code GET} answers the verification with the decrypted echostr, {@code POST} answers pushes
 * through the same {@link PassiveReplier}.
 *
 * <p>Failures complete the future with a {@link ChannelException}: 404 while no token is
 * configured, 405 for other methods, 401 for a wrong {@code msg_signature}, a stale timestamp or
 * another CorpID, 400 for malformed bodies.
 */
public final class WecomEndpoint {

    private final boolean enabled;
    private final CallbackAuth auth;
    private final WechatCrypto crypto;
    private final SafeMode safeMode;
    private final PassiveReplier replier;

    public WecomEndpoint(WecomSettings settings, WechatCrypto crypto, PassiveReplier replier,
            Clock clock) {
        this.enabled = settings.appEnabled();
        this.auth = enabled ? new CallbackAuth("wecom", settings.token(),
                Duration.ofSeconds(WechatSettings.DEFAULT_TIMESTAMP_WINDOW_SECONDS), clock) : null;
        this.crypto = crypto;
        this.safeMode = enabled ? new SafeMode(auth, crypto, settings.token(), clock) : null;
        this.replier = replier;
    }

    /** The production wiring: a secure random for ciphertexts and a one-minute retry memory. */
    public static WecomEndpoint create(WecomSettings settings,
            Function<ChatMessage, Optional<String>> responder, Executor executor, Clock clock) {
        WechatCrypto crypto = settings.appEnabled()
                ? WechatCrypto.withSecureRandom(List.of(settings.key()), settings.corpId()) : null;
        PassiveReplier replier = new PassiveReplier("wecom", responder, executor,
                new RetryDedup(RetryDedup.MIN_TTL, clock),
                Duration.ofMillis(WechatSettings.DEFAULT_REPLY_BUDGET_MILLIS),
                WechatSettings.DEFAULT_WELCOME, clock);
        return new WecomEndpoint(settings, crypto, replier, clock);
    }

    public CompletableFuture<ChannelResponse> handle(String method, Map<String, String> query,
            byte[] body) {
        try {
            if (!enabled) {
                throw new ChannelException(404, "not_found",
                        "/wecom is off (expected: wecom.token to be configured)");
            }
            return switch (method) {
                case "GET" -> CompletableFuture.completedFuture(verifyUrl(query));
                case "POST" -> push(query, new String(body, StandardCharsets.UTF_8));
                default -> throw new ChannelException(405, "method_not_allowed",
                        method + " is not allowed on /wecom; allowed: GET, POST");
            };
        } catch (ChannelException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private ChannelResponse verifyUrl(Map<String, String> query) {
        String echostr = spacesToPlus(query.get("echostr"));
        if (echostr == null) {
            throw ChannelException.badRequest("bad_request",
                    "echostr: missing (expected: the encrypted string to decrypt)");
        }
        auth.verify("msg_signature", spacesToPlus(query.get("msg_signature")),
                query.get("timestamp"), query.get("nonce"), echostr);
        return ChannelResponse.text(crypto.decrypt(echostr).message());
    }

    private CompletableFuture<ChannelResponse> push(Map<String, String> query, String body) {
        String encrypt = SafeXml.fields(body).get("Encrypt");
        if (encrypt == null || encrypt.isBlank()) {
            throw ChannelException.badRequest("bad_message",
                    "Encrypt: missing (expected: an element <Encrypt>)");
        }
        String nonce = query.get("nonce");
        WechatCrypto.Decrypted opened = safeMode.open(query.get("msg_signature"),
                query.get("timestamp"), nonce, encrypt);
        WechatMessage push = WechatMessage.of(SafeXml.fields(opened.message()));
        return replier.reply(push, xml -> safeMode.seal(xml, opened.key(), nonce));
    }

    /** Form decoding turns an unescaped {@code +} of the base64 echostr into a space. */
    private static String spacesToPlus(String value) {
        return value == null ? null : value.replace(' ', '+');
    }
}
