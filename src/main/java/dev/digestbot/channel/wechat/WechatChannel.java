package dev.digestbot.channel.wechat;

import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.channel.callback.CallbackAuth;
import dev.digestbot.channel.callback.CallbackChannel;
import dev.digestbot.channel.callback.CallbackCrypto;
import dev.digestbot.channel.callback.CallbackMessage;
import dev.digestbot.channel.callback.PassiveReplier;
import dev.digestbot.channel.callback.SafeMode;
import dev.digestbot.channel.callback.SafeXml;
import dev.digestbot.chat.Responder;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The Official Account server on {@code GET/POST /wechat}: {@code GET} answers the URL
 * verification with the echostr; {@code POST} authenticates, decrypts in safe mode
 * ({@code encrypt_type=aes}) and answers with passive reply XML, encrypted in safe mode.
 * Configured by {@code wechat.*}; it exists only with a token.
 */
public final class WechatChannel extends CallbackChannel {

    private final CallbackAuth auth;
    private final SafeMode safeMode;

    /** @param crypto the safe-mode cipher, null when safe mode is off */
    public WechatChannel(WechatSettings settings, CallbackCrypto crypto, Responder responder,
            Clock clock) {
        super(new PassiveReplier("wechat", responder, Duration.ofMillis(settings.replyBudgetMillis()),
                settings.welcome(), clock));
        this.auth = new CallbackAuth("wechat", settings.token(),
                Duration.ofSeconds(settings.timestampWindowSeconds()), clock);
        this.safeMode = crypto != null ? new SafeMode(auth, crypto, settings.token(), clock) : null;
    }

    /** The production wiring: a secure random for ciphertexts when safe mode is on. */
    public static WechatChannel create(WechatSettings settings, Responder responder, Clock clock) {
        CallbackCrypto crypto = settings.safeMode()
                ? CallbackCrypto.withSecureRandom(settings.keys(), settings.appId()) : null;
        return new WechatChannel(settings, crypto, responder, clock);
    }

    @Override
    public String name() {
        return "wechat";
    }

    @Override
    public String path() {
        return "/wechat";
    }

    @Override
    protected ChannelResponse verifyUrl(Map<String, String> query) {
        auth.verify("signature", query.get("signature"), query.get("timestamp"),
                query.get("nonce"));
        String echostr = query.get("echostr");
        if (echostr == null) {
            throw ChannelException.badRequest("bad_request",
                    "echostr: missing (expected: the string to echo)");
        }
        return ChannelResponse.text(echostr);
    }

    @Override
    protected Opened open(Map<String, String> query, String body) {
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
            return new Opened(CallbackMessage.of(fields), UnaryOperator.identity());
        }
        if (safeMode == null) {
            throw ChannelException.badRequest("safe_mode_off",
                    "encrypt_type: aes (expected: raw, since wechat.aesKey is not configured)");
        }
        return safeMode.open(query.get("msg_signature"), timestamp, nonce, fields);
    }
}
