package dev.digestbot.channel.callback;

import dev.digestbot.channel.ChannelException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Cipher;

/**
 * The AES safe-mode cipher shared by the Official Account and WeCom: AES-256-CBC with the IV
 * taken from the key, 32-byte PKCS#7 padding, and the {@link FullStr} layout ending in the
 * receiver id (AppID for an Official Account, CorpID for a WeCom app).
 *
 * <p>Decryption tries each key in order, so the previous EncodingAESKey keeps working after a
 * rotation; a reply is encrypted with the key that opened its request. Thread-safe.
 */
public final class CallbackCrypto {

    private final List<EncodingAesKey> keys;
    private final String receiveId;
    private final Supplier<byte[]> random16;

    /**
     * @param keys the current key first, then older ones still accepted
     * @param receiveId the id every decrypted message must end with, and every reply carries
     * @param random16 the source of each ciphertext's 16 leading random bytes
     */
    public CallbackCrypto(List<EncodingAesKey> keys, String receiveId, Supplier<byte[]> random16) {
        this.keys = List.copyOf(keys);
        if (this.keys.isEmpty()) {
            throw new IllegalArgumentException("keys: empty (expected: at least one key)");
        }
        this.receiveId = Objects.requireNonNull(receiveId, "receiveId");
        this.random16 = Objects.requireNonNull(random16, "random16");
    }

    public static CallbackCrypto withSecureRandom(List<EncodingAesKey> keys, String receiveId) {
        SecureRandom random = new SecureRandom();
        return new CallbackCrypto(keys, receiveId, () -> {
            byte[] bytes = new byte[FullStr.RANDOM_BYTES];
            random.nextBytes(bytes);
            return bytes;
        });
    }

    /** A decrypted message and the key that opened it. */
    public record Decrypted(String message, EncodingAesKey key) {

        public Decrypted {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * Decrypts a base64 {@code Encrypt} value.
     *
     * @throws ChannelException 400 when no key yields a well-formed plaintext, 401 when the
     *     plaintext is addressed to another receiver
     */
    public Decrypted decrypt(String encrypt) {
        byte[] cipherText;
        try {
            cipherText = Base64.getDecoder().decode(encrypt.strip());
        } catch (IllegalArgumentException e) {
            throw ChannelException.badRequest("bad_ciphertext", "Encrypt: not base64");
        }
        if (cipherText.length == 0 || cipherText.length % Pkcs7.BLOCK != 0) {
            throw ChannelException.badRequest("bad_ciphertext", "Encrypt: " + cipherText.length
                    + " bytes (expected: a positive multiple of " + Pkcs7.BLOCK + ")");
        }
        String strangerId = null;
        for (EncodingAesKey key : keys) {
            Optional<FullStr> opened = open(key, cipherText);
            if (opened.isEmpty()) {
                continue;
            }
            FullStr plain = opened.get();
            if (MessageDigest.isEqual(plain.receiveId().getBytes(StandardCharsets.UTF_8),
                    receiveId.getBytes(StandardCharsets.UTF_8))) {
                return new Decrypted(plain.message(), key);
            }
            // A wrong key can yield well-formed garbage, so keep trying the older keys.
            strangerId = plain.receiveId();
        }
        if (strangerId != null) {
            throw ChannelException.unauthorized("wrong_receiver", "receiveid: " + strangerId
                    + " (expected: the configured AppID/CorpID)");
        }
        throw ChannelException.badRequest("bad_ciphertext",
                "Encrypt: no configured EncodingAESKey decrypts it");
    }

    /** Encrypts {@code message} for this receiver with {@code key}, as base64. */
    public String encrypt(String message, EncodingAesKey key) {
        FullStr plain = new FullStr(random16.get(), message, receiveId);
        return Base64.getEncoder().encodeToString(
                run(Cipher.ENCRYPT_MODE, key, Pkcs7.pad(plain.toBytes())));
    }

    /** Encrypts with the current key. */
    public String encrypt(String message) {
        return encrypt(message, keys.get(0));
    }

    static Optional<FullStr> open(EncodingAesKey key, byte[] cipherText) {
        return Pkcs7.unpad(run(Cipher.DECRYPT_MODE, key, cipherText)).flatMap(FullStr::parse);
    }

    static byte[] run(int mode, EncodingAesKey key, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key.key(), key.iv());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC/NoPadding with a 256-bit key is required", e);
        }
    }
}
