package dev.digestbot.channel.callback;

import dev.digestbot.channel.ChannelException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates one callback request: its signature over the token, the URL timestamp and nonce
 * (and the ciphertext, for {@code msg_signature}), and a timestamp within the allowed window of
 * the clock, which bounds how long a captured request can be replayed. Thread-safe.
 */
public final class CallbackAuth {

    /** How far a request's timestamp may be from now, unless configured. */
    public static final int DEFAULT_WINDOW_SECONDS = 300;

    private static final Logger LOG = LoggerFactory.getLogger(CallbackAuth.class);

    private final String channel;
    private final String token;
    private final Duration window;
    private final Clock clock;

    public CallbackAuth(String channel, String token, Duration window, Clock clock) {
        this.channel = channel;
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(channel + ".token: blank (expected: the token)");
        }
        this.token = token;
        this.window = window;
        this.clock = clock;
    }

    /**
     * @param name the query parameter carrying the signature, for the error message
     * @param signature its value
     * @param signed what is signed besides the token, timestamp and nonce (the ciphertext)
     * @throws ChannelException 401 on a missing or wrong signature or a stale timestamp
     */
    public void verify(String name, String signature, String timestamp, String nonce,
            String... signed) {
        if (timestamp == null || nonce == null) {
            throw ChannelException.unauthorized("bad_signature",
                    "timestamp and nonce: missing (expected: both query parameters)");
        }
        String[] values = new String[3 + signed.length];
        values[0] = token;
        values[1] = timestamp;
        values[2] = nonce;
        System.arraycopy(signed, 0, values, 3, signed.length);
        if (!CallbackSignature.matches(signature, values)) {
            LOG.warn("{}: {} does not match (timestamp {}); request dropped", channel, name,
                    timestamp);
            throw ChannelException.unauthorized("bad_signature",
                    name + ": does not match (expected: SHA-1 of the sorted token, timestamp, nonce"
                            + (signed.length > 0 ? " and ciphertext)" : ")"));
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw ChannelException.unauthorized("stale_timestamp",
                    "timestamp: " + timestamp + " (expected: Unix seconds)");
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > window.toSeconds()) {
            throw ChannelException.unauthorized("stale_timestamp", "timestamp: " + timestamp
                    + " (expected: within " + window.toSeconds() + " s of now)");
        }
    }
}
