package dev.digestbot.config;

import static dev.digestbot.config.ConfigKeys.SERVER_FIRST_BYTE_TIMEOUT_MILLIS;
import static dev.digestbot.config.ConfigKeys.SERVER_HOST;
import static dev.digestbot.config.ConfigKeys.SERVER_IDLE_TIMEOUT_SECONDS;
import static dev.digestbot.config.ConfigKeys.SERVER_MATCH_THREADS;
import static dev.digestbot.config.ConfigKeys.SERVER_MAX_BODY_BYTES;
import static dev.digestbot.config.ConfigKeys.SERVER_MAX_CONNECTIONS;
import static dev.digestbot.config.ConfigKeys.SERVER_MAX_HEADER_BYTES;
import static dev.digestbot.config.ConfigKeys.SERVER_PORT;
import static dev.digestbot.config.ConfigKeys.SERVER_READ_TIMEOUT_MILLIS;
import static dev.digestbot.config.ConfigKeys.SERVER_RESERVE_CONNECTIONS;
import static dev.digestbot.config.ConfigKeys.SERVER_SHUTDOWN_GRACE_MILLIS;

/**
 * How the HTTP server binds and bounds its clients; each value within the range
 * {@link ConfigKeys} declares for it.
 *
 * @param firstByteTimeoutMillis how long a new connection may stay silent before it is closed
 * @param reserveConnections connections beyond {@code maxConnections} kept for health checks
 * @param matchThreads threads that run matching and disk writes off the event loops
 * @param shutdownGraceMillis how long in-flight requests may take once shutdown begins
 */
public record ServerSettings(String host, int port, int maxBodyBytes, int maxHeaderBytes,
        int firstByteTimeoutMillis, int readTimeoutMillis, int idleTimeoutSeconds,
        int maxConnections, int reserveConnections, int matchThreads, int shutdownGraceMillis) {

    public ServerSettings {
        SERVER_HOST.require(host);
        SERVER_PORT.require(port);
        SERVER_MAX_BODY_BYTES.require(maxBodyBytes);
        SERVER_MAX_HEADER_BYTES.require(maxHeaderBytes);
        SERVER_FIRST_BYTE_TIMEOUT_MILLIS.require(firstByteTimeoutMillis);
        SERVER_READ_TIMEOUT_MILLIS.require(readTimeoutMillis);
        SERVER_IDLE_TIMEOUT_SECONDS.require(idleTimeoutSeconds);
        SERVER_MAX_CONNECTIONS.require(maxConnections);
        SERVER_RESERVE_CONNECTIONS.require(reserveConnections);
        SERVER_MATCH_THREADS.require(matchThreads);
        SERVER_SHUTDOWN_GRACE_MILLIS.require(shutdownGraceMillis);
    }

    static ServerSettings from(Settings s) {
        return new ServerSettings(s.get(SERVER_HOST), s.get(SERVER_PORT), s.get(SERVER_MAX_BODY_BYTES),
                s.get(SERVER_MAX_HEADER_BYTES), s.get(SERVER_FIRST_BYTE_TIMEOUT_MILLIS),
                s.get(SERVER_READ_TIMEOUT_MILLIS), s.get(SERVER_IDLE_TIMEOUT_SECONDS),
                s.get(SERVER_MAX_CONNECTIONS), s.get(SERVER_RESERVE_CONNECTIONS), s.get(SERVER_MATCH_THREADS),
                s.get(SERVER_SHUTDOWN_GRACE_MILLIS));
    }
}
