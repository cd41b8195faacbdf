package dev.digestbot.config;

/**
 * How the HTTP server binds and bounds its clients.
 *
 * @param firstByteTimeoutMillis how long a new connection may stay silent before it is closed
 * @param reserveConnections connections beyond {@code maxConnections} kept for health checks
 * @param matchThreads threads that run matching and disk writes off the event loops
 * @param shutdownGraceMillis how long in-flight requests may take once shutdown begins
 */
public record ServerSettings(String host, int port, int maxBodyBytes, int maxHeaderBytes,
        int firstByteTimeoutMillis, int readTimeoutMillis, int idleTimeoutSeconds,
        int maxConnections, int reserveConnections, int matchThreads, int shutdownGraceMillis) {

    static ServerSettings from(Settings s) throws ConfigException {
        return new ServerSettings(
                s.nonBlank("server.host"),
                s.integer("server.port", 0, 65535),
                s.integer("server.maxBodyBytes", 1024, 16 * 1024 * 1024),
                s.integer("server.maxHeaderBytes", 1024, 1024 * 1024),
                s.integer("server.firstByteTimeoutMillis", 100, 600_000),
                s.integer("server.readTimeoutMillis", 100, 600_000),
                s.integer("server.idleTimeoutSeconds", 1, 3600),
                s.integer("server.maxConnections", 1, 1_000_000),
                s.integer("server.reserveConnections", 0, 10_000),
                s.integer("server.matchThreads", 1, 256),
                s.integer("server.shutdownGraceMillis", 0, 600_000));
    }
}
