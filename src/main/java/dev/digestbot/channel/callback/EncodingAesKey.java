package dev.digestbot.channel.callback;

import java.util.Base64;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A platform EncodingAESKey: 43 characters of {@code [A-Za-z0-9]} that decode (with a trailing
 * {@code =}) to the 32-byte AES-256 key, whose first 16 bytes are also the CBC IV.
 * {@link #toString()} never shows the key.
 */
public final class EncodingAesKey {

    private final SecretKeySpec key;
    private final IvParameterSpec iv;

    private EncodingAesKey(byte[] raw) {
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(raw, 0, 16);
    }

    /**
     * Parses an EncodingAESKey; {@code field} names the setting in the error message, which
     * never repeats the value.
     */
    public static EncodingAesKey parse(String field, String encoded) {
        if (encoded == null || !encoded.matches("[A-Za-z0-9]{43}")) {
            int length = encoded == null ? 0 : encoded.length();
            throw new IllegalArgumentException(field + ": a " + length
                    + "-character value (expected: 43 characters of A-Z, a-z, 0-9)");
        }
        return new EncodingAesKey(Base64.getDecoder().decode(encoded + "="));
    }

    SecretKeySpec key() {
        return key;
    }

    IvParameterSpec iv() {
        return iv;
    }

    @Override
    public String toString() {
        return "EncodingAesKey[redacted]";
    }
}
