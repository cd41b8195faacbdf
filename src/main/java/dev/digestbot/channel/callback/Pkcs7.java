package dev.digestbot.channel.callback;

import java.util.Arrays;
import java.util.Optional;

/**
 * PKCS#7 padding to 32-byte blocks, as the platforms use it: 1 to 32 bytes of value n. JCE's
 * PKCS5Padding pads to 16-byte blocks and rejects pads of 17 to 32 bytes, so it cannot be used.
 */
final class Pkcs7 {

    static final int BLOCK = 32;

    private Pkcs7() {
    }

    static byte[] pad(byte[] data) {
        int n = BLOCK - data.length % BLOCK;
        byte[] padded = Arrays.copyOf(data, data.length + n);
        Arrays.fill(padded, data.length, padded.length, (byte) n);
        return padded;
    }

    /** The data without its padding, or empty when the padding is not well formed. */
    static Optional<byte[]> unpad(byte[] padded) {
        if (padded.length == 0) {
            return Optional.empty();
        }
        int n = padded[padded.length - 1] & 0xff;
        if (n < 1 || n > BLOCK || n > padded.length) {
            return Optional.empty();
        }
        for (int i = padded.length - n; i < padded.length; i++) {
            if ((padded[i] & 0xff) != n) {
                return Optional.empty();
            }
        }
        return Optional.of(Arrays.copyOf(padded, padded.length - n));
    }
}
