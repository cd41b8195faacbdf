package dev.digestbot.channel.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The callback signature of WeChat and WeCom: SHA-1 over the values sorted in ordinal order and
 * joined without separator, as 40 lower-case hex digits. Three values (token, timestamp, nonce)
 * give the plain {@code signature}; adding the ciphertext gives {@code msg_signature}.
 */
public final class CallbackSignature {

    private CallbackSignature() {
    }

    public static String sign(String... values) {
        String[] sorted = values.clone();
        // Ordinal order on purpose: a locale or case-insensitive sort gives a different digest.
        Arrays.sort(sorted);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(
                    sha1.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JDK", e);
        }
    }

    /** Whether {@code given} is the signature of {@code values}, compared in constant time. */
    public static boolean matches(String given, String... values) {
        if (given == null) {
            return false;
        }
        byte[] expected = sign(values).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
