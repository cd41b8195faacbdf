package dev.digestbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.channel.ChannelException;
import dev.digestbot.channel.ChannelRequest;
import dev.digestbot.channel.ChannelResponse;
import dev.digestbot.channel.ChatChannel;
import dev.digestbot.config.ServerSettings;
import dev.digestbot.testing.RawConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A channel bound by {@link ChannelRoutes}, spoken to through the real server. */
class ChannelRoutesTest {

    private final List<String> rejected = new ArrayList<>();
    private BotServer server;

    /** Answers by its query: {@code ?answer=ok}, {@code busy} or {@code refuse}. */
    private final ChatChannel probe = new ChatChannel() {
        @Override
        public String name() {
            return "probe";
        }

        @Override
        public String path() {
            return "/probe";
        }

        @Override
        public Set<String> methods() {
            return Set.of("POST");
        }

        @Override
        public CompletableFuture<ChannelResponse> handle(ChannelRequest request) {
            return switch (request.query().get("answer")) {
                case "ok" -> CompletableFuture.supplyAsync(() -> ChannelResponse.text("ok"));
                case "busy" -> CompletableFuture.failedFuture(new RejectedExecutionException("full"));
                default -> CompletableFuture.failedFuture(
                        ChannelException.unauthorized("bad_signature", "signature: does not match"));
            };
        }
    };

    @BeforeEach
    void start() throws Exception {
        Router router = new ChannelRoutes(List.of(probe), (channel, reason) -> rejected.add(channel + " " + reason))
                .addTo(Router.builder()).build();
        server = BotServer.start(new ServerSettings("127.0.0.1", 0, 65536, 8192, 5_000, 10_000, 60, 64, 8,
                1, 1_000), router, RequestObserver.NONE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void each_answer_of_the_channel_becomes_its_response() throws Exception {
        assertEquals(200, post("ok").status());
        RawConnection.Reply busy = post("busy");
        assertEquals(503, busy.status());
        assertEquals("1", busy.header("retry-after"));
        assertTrue(busy.body().contains("\"error\":\"overloaded\""), busy.body());
        assertEquals(401, post("refuse").status());
        assertEquals(405, send("GET /probe HTTP/1.1\r\nHost: x\r\n\r\n").status());
        assertEquals(List.of("probe overloaded", "probe bad_signature"), rejected);
    }

    private RawConnection.Reply post(String answer) throws Exception {
        return send("POST /probe?answer=" + answer + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    }

    private RawConnection.Reply send(String request) throws Exception {
        try (RawConnection connection = new RawConnection(server.port(), Duration.ofSeconds(10))) {
            return connection.send(request).read();
        }
    }
}
