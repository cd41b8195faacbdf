package dev.digestbot.channel.wechat;

import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.chat.ChatMessage;
import dev.digestbot.chat.RetryDedup;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The Official Account server behind {@code GET/POST /wechat}, free of HTTP-library types:
 * {@code GET} answers the URL verification with the echostr; {@code POST} authenticates, decrypts
 * in safe mode ({@code encrypt_type=aes}) and answers with passive reply XML, encrypted in safe
 * mode, via {@link PassiveReplier}.
 *
 * <p>{@link #handle} does the cheap work (verify, parse, decrypt) on the calling thread and never
 * blocks; the future completes on the responder's executor, or after the reply budget.
 *
 * <p>Failures complete the future with a {@link ChannelException}: 404 while no token is
 * configured, 405 for other methods, 401 for a missing or wrong signature, a stale timestamp or
 * another AppID, 400 for bodies that are not the expected XML or ciphertext.
 */
public final class WechatEndpoint {

    private final WechatSettings settings;
    private final CallbackAuth auth;
    private final SafeMode safeMode;
    private final PassiveReplier replier;

    public WechatEndpoint(WechatSettings settings, WechatCrypto crypto, PassiveReplier replier,
            Clock clock) {
        this.settings = settings;
        this.auth = settings.enabled() ? new CallbackAuth("wechat", settings.token(),
                Duration.ofSeconds(settings.timestampWindowSeconds()), clock) : null;
        this.safeMode = settings.enabled() && crypto != null
                ? new SafeMode(auth, crypto, settings.token(), clock) : null;
        this.replier = replier;
    }

    /**
     * The production wiring: a secure random for ciphertexts and a one-minute retry memory.
     *
     * @param responder the bot's reply to a message, empty to stay silent; runs on {@code executor}
     */
    public static WechatEndpoint create(WechatSettings settings,
            Function<ChatMessage, Optional<String>> responder, Executor executor, Clock clock) {
        WechatCrypto crypto = settings.safeMode()
                ? WechatCrypto.withSecureRandom(settings.keys(), settings.appId()) : null;
        PassiveReplier replier = new PassiveReplier("wechat", responder, executor,
                new RetryDedup(RetryDedup.MIN_TTL, clock),
                Duration.ofMillis(settings.replyBudgetMillis()), settings.welcome(), clock);
        return new WechatEndpoint(settings, crypto, replier, clock);
    }

    /**
     * @param method the HTTP method
     * @param query the decoded query parameters (first value of each)
     * @param body the request body
     */
    public CompletableFuture<ChannelResponse> handle(String method, Map<String, String> query,
            byte[] body) {
        try {
            if (!settings.enabled()) {
                throw new ChannelException(404, "not_found",
                        "/wechat is off (expected: wechat.token to be configured)");
            }
            return switch (method) {
                case "GET" -> CompletableFuture.completedFuture(verifyUrl(query));
                case "POST" -> push(query, new String(body, StandardCharsets.UTF_8));
                default -> throw new ChannelException(405, "method_not_allowed",
                        method + " is not allowed on /wechat; allowed: GET, POST");
            };
        } catch (ChannelException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private ChannelResponse verifyUrl(Map<String, String> query) {
        auth.verify("signature", query.get("signature"), query.get("timestamp"),
                query.get("nonce"));
        String echostr = query.get("echostr");
        if (echostr == null) {
            throw ChannelException.badRequest("bad_request",
                    "echostr: missing (expected: the string to echo)");
        }
        return ChannelResponse.text(echostr);
    }

    private CompletableFuture<ChannelResponse> push(Map<String, String> query, String body) {
        String timestamp = query.get("timestamp");
        String nonce = query.get("nonce");
        String encryptType = query.getOrDefault("encrypt_type", "raw");
        if (!encryptType.equals("raw") && !encryptType.equals("aes")) {
            throw ChannelException.badRequest("bad_request",
                    "encrypt_type: " + encryptType + " (expected: raw or aes)");
        }
        boolean safe = encryptType.equals("aes");
        // Safe-mode pushes carry both signatures; the plain one is checked whenever present.
        if (!safe || query.containsKey("signature")) {
            auth.verify("signature", query.get("signature"), timestamp, nonce);
        }
        Map<String, String> fields = SafeXml.fields(body);
        if (!safe) {
            return replier.reply(WechatMessage.of(fields), UnaryOperator.identity());
        }
        if (safeMode == null) {
            throw ChannelException.badRequest("safe_mode_off",
                    "encrypt_type: aes (expected: raw, since wechat.aesKey is not configured)");
        }
        String encrypt = fields.get("Encrypt");
        if (encrypt == null || encrypt.isBlank()) {
            throw ChannelException.badRequest("bad_message",
                    "Encrypt: missing (expected: an element <Encrypt> with encrypt_type=aes)");
        }
        WechatCrypto.Decrypted opened = safeMode.open(query.get("msg_signature"), timestamp, nonce,
                encrypt);
        WechatMessage push = WechatMessage.of(SafeXml.fields(opened.message()));
        return replier.reply(push, xml -> safeMode.seal(xml, opened.key(), nonce));
    }
}
