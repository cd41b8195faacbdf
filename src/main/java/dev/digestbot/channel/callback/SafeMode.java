package dev.digestbot.channel.callback;

import dev.digestbot.channel.ChannelException;
import java.time.Clock;
import java.util.Map;

/**
 * The encrypted half of a callback: opening the signed {@code Encrypt} value of an envelope and
 * sealing a reply into the {@code Encrypt/MsgSignature/TimeStamp/Nonce} envelope. Thread-safe.
 */
public final class SafeMode {

    private final CallbackAuth auth;
    private final CallbackCrypto crypto;
    private final String token;
    private final Clock clock;

    public SafeMode(CallbackAuth auth, CallbackCrypto crypto, String token, Clock clock) {
        this.auth = auth;
        this.crypto = crypto;
        this.token = token;
        this.clock = clock;
    }

    /**
     * Checks {@code msg_signature} over the envelope's ciphertext and decrypts the push in it;
     * its reply is sealed with the key that opened it, echoing the request's nonce.
     *
     * @param envelope the fields of the request body
     * @throws ChannelException 400 without an {@code Encrypt} element or for a bad ciphertext,
     *     401 for a wrong signature, a stale timestamp or another receiver
     */
    public CallbackChannel.Opened open(String msgSignature, String timestamp, String nonce,
            Map<String, String> envelope) {
        String encrypt = envelope.get("Encrypt");
        if (encrypt == null || encrypt.isBlank()) {
            throw ChannelException.badRequest("bad_message",
                    "Encrypt: missing (expected: an element <Encrypt>)");
        }
        auth.verify("msg_signature", msgSignature, timestamp, nonce, encrypt);
        CallbackCrypto.Decrypted opened = crypto.decrypt(encrypt);
        return new CallbackChannel.Opened(CallbackMessage.of(SafeXml.fields(opened.message())),
                xml -> seal(xml, opened.key(), nonce));
    }

    private String seal(String replyXml, EncodingAesKey key, String nonce) {
        String encrypt = crypto.encrypt(replyXml, key);
        long timestamp = clock.instant().getEpochSecond();
        String signature = CallbackSignature.sign(token, String.valueOf(timestamp), nonce, encrypt);
        return ReplyXml.encrypted(encrypt, signature, timestamp, nonce);
    }
}
