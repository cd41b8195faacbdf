package dev.digestbot.channel;

/**
 * A request a channel adapter refuses, with the HTTP status and the {@code {"error","detail"}}
 * pair the HTTP layer's error mapper renders. The detail never contains a secret.
 */
public final class ChannelException extends RuntimeException {

    private final int status;
    private final String error;

    public ChannelException(int status, String error, String detail) {
        super(detail);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status: " + status + " (expected: 400..599)");
        }
        this.status = status;
        this.error = error;
    }

    public static ChannelException badRequest(String error, String detail) {
        return new ChannelException(400, error, detail);
    }

    public static ChannelException unauthorized(String error, String detail) {
        return new ChannelException(401, error, detail);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }
}
