package dev.digestbot.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One client connection speaking raw HTTP/1.1, for keep-alive, pipelining and slow-client tests:
 * write any bytes, read responses one at a time by their Content-Length.
 */
public final class RawConnection implements AutoCloseable {

    /** One response as read off the wire; header names in lower case. */
    public record Reply(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final Socket socket;
    private final InputStream in;

    public RawConnection(int port, Duration readTimeout) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout((int) readTimeout.toMillis());
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    public RawConnection send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.UTF_8));
    }

    public RawConnection send(byte[] request) throws IOException {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        return this;
    }

    /** The next response; fails with an IOException when the server closes before one is whole. */
    public Reply read() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not a status line: " + statusLine);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new IOException("connection closed after " + body.length + " of " + length + " body bytes");
        }
        return new Reply(Integer.parseInt(parts[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    /** Every response until the server closes the connection; fails on a response cut short. */
    public List<Reply> readUntilClosed() throws IOException {
        List<Reply> replies = new ArrayList<>();
        while (true) {
            in.mark(1);
            if (in.read() < 0) {
                return replies;
            }
            in.reset();
            replies.add(read());
        }
    }

    /** Every byte until the server closes the connection, as sent (HEAD responses have no body to parse). */
    public byte[] readAll() throws IOException {
        return in.readAllBytes();
    }

    /**
     * Whether the server has closed this connection: true on end of stream or reset, false when
     * it sends more bytes. Waits at most the read timeout.
     */
    public boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketException e) {
            return true;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-response");
            }
            bytes.write(b);
        }
        String line = bytes.toString(StandardCharsets.ISO_8859_1);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
