package dev.digestbot.channel.callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The plaintext layout inside every ciphertext: 16 random bytes, the message length in bytes
 * (4 bytes, big-endian), the UTF-8 message, then the receiver id (AppID or CorpID).
 */
record FullStr(byte[] random, String message, String receiveId) {

    static final int RANDOM_BYTES = 16;

    FullStr {
        if (random.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("random: " + random.length + " bytes (expected: "
                    + RANDOM_BYTES + ")");
        }
        random = random.clone();
    }

    byte[] toBytes() {
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] id = receiveId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(RANDOM_BYTES + 4 + msg.length + id.length)
                .put(random).putInt(msg.length).put(msg).put(id).array();
    }

    /** The parts of an unpadded plaintext, or empty when its length field does not fit. */
    static Optional<FullStr> parse(byte[] plain) {
        if (plain.length < RANDOM_BYTES + 4) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(plain);
        byte[] random = new byte[RANDOM_BYTES];
        buffer.get(random);
        long length = Integer.toUnsignedLong(buffer.getInt());
        if (length > buffer.remaining()) {
            return Optional.empty();
        }
        int end = RANDOM_BYTES + 4 + (int) length;
        String message = new String(plain, RANDOM_BYTES + 4, (int) length, StandardCharsets.UTF_8);
        String receiveId = new String(Arrays.copyOfRange(plain, end, plain.length),
                StandardCharsets.UTF_8);
        return Optional.of(new FullStr(random, message, receiveId));
    }

    @Override
    public byte[] random() {
        return random.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FullStr that && Arrays.equals(random, that.random)
                && message.equals(that.message) && receiveId.equals(that.receiveId);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(random) + message.hashCode()) + receiveId.hashCode();
    }

    @Override
    public String toString() {
        return "FullStr[" + message.length() + " chars for " + receiveId + "]";
    }
}
