package dev.digestbot.channel.wecom;

import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.channel.callback.CallbackAuth;
import dev.digestbot.channel.callback.CallbackChannel;
import dev.digestbot.channel.callback.CallbackCrypto;
import dev.digestbot.channel.callback.PassiveReplier;
import dev.digestbot.channel.callback.SafeMode;
import dev.digestbot.channel.callback.SafeXml;
import dev.digestbot.chat.Responder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The WeCom self-built app callback on {@code GET/POST /wecom}. It speaks the Official Account's
 * safe mode with the CorpID as receiveid, always encrypted: {@code GET} answers the verification
 * with the decrypted echostr, {@code POST} answers pushes with encrypted passive replies.
 * Configured by {@code wecom.token}, {@code wecom.aesKey} and {@code wecom.corpId}; it exists only
 * with a token. Its group robot, the channel's {@link dev.digestbot.chat.Outbound}, is a
 * {@link WecomRobot}.
 */
public final class WecomChannel extends CallbackChannel {

    public static final String NAME = "wecom";

    private final CallbackAuth auth;
    private final CallbackCrypto crypto;
    private final SafeMode safeMode;

    public WecomChannel(WecomSettings settings, CallbackCrypto crypto, Responder responder,
            Clock clock) {
        super(new PassiveReplier(NAME, responder,
                Duration.ofMillis(PassiveReplier.DEFAULT_BUDGET_MILLIS), PassiveReplier.DEFAULT_WELCOME,
                clock));
        this.auth = new CallbackAuth(NAME, settings.token(),
                Duration.ofSeconds(CallbackAuth.DEFAULT_WINDOW_SECONDS), clock);
        this.crypto = crypto;
        this.safeMode = new SafeMode(auth, crypto, settings.token(), clock);
    }

    /** The production wiring: a secure random for ciphertexts. */
    public static WecomChannel create(WecomSettings settings, Responder responder, Clock clock) {
        return new WecomChannel(settings,
                CallbackCrypto.withSecureRandom(List.of(settings.key()), settings.corpId()),
                responder, clock);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String path() {
        return "/wecom";
    }

    @Override
    protected ChannelResponse verifyUrl(Map<String, String> query) {
        String echostr = spacesToPlus(query.get("echostr"));
        if (echostr == null) {
            throw ChannelException.badRequest("bad_request",
                    "echostr: missing (expected: the encrypted string to decrypt)");
        }
        auth.verify("msg_signature", spacesToPlus(query.get("msg_signature")),
                query.get("timestamp"), query.get("nonce"), echostr);
        return ChannelResponse.text(crypto.decrypt(echostr).message());
    }

    @Override
    protected Opened open(Map<String, String> query, String body) {
        return safeMode.open(query.get("msg_signature"), query.get("timestamp"), query.get("nonce"),
                SafeXml.fields(body));
    }

    /** Form decoding turns an unescaped {@code +} of the base64 echostr into a space. */
    private static String spacesToPlus(String value) {
        return value == null ? null : value.replace(' ', '+');
    }
}
