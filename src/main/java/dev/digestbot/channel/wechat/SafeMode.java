package dev.digestbot.channel.wechat;

import java.time.Clock;

/**
 * The encrypted half of a callback: opening a signed {@code Encrypt} value and sealing a reply
 * into the {@code Encrypt/MsgSignature/TimeStamp/Nonce} envelope. Thread-safe.
 */
public final class SafeMode {

    private final CallbackAuth auth;
    private final WechatCrypto crypto;
    private final String token;
    private final Clock clock;

    public SafeMode(CallbackAuth auth, WechatCrypto crypto, String token, Clock clock) {
        this.auth = auth;
        this.crypto = crypto;
        this.token = token;
        this.clock = clock;
    }

    /** Checks {@code msg_signature} over the ciphertext, then decrypts it. */
    public WechatCrypto.Decrypted open(String msgSignature, String timestamp, String nonce,
            String encrypt) {
        auth.verify("msg_signature", msgSignature, timestamp, nonce, encrypt);
        return crypto.decrypt(encrypt);
    }

    /** The reply envelope, encrypted with the key that opened the request, echoing its nonce. */
    public String seal(String replyXml, EncodingAesKey key, String nonce) {
        String encrypt = crypto.encrypt(replyXml, key);
        long timestamp = clock.instant().getEpochSecond();
        String signature = WechatSignature.sign(token, String.valueOf(timestamp), nonce, encrypt);
        return ReplyXml.encrypted(encrypt, signature, timestamp, nonce);
    }
}
