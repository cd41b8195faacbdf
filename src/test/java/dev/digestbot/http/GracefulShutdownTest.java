package dev.digestbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.chat.ChatService;
import dev.digestbot.chat.ChatSettings;
import dev.digestbot.chat.DecisionObserver;
import dev.digestbot.chat.TriggerMode;
import dev.digestbot.chat.UnansweredNotes;
import dev.digestbot.config.ServerSettings;
import dev.digestbot.match.LiveMatcher;
import dev.digestbot.match.MatchSettings;
import dev.digestbot.ops.Readiness;
import dev.digestbot.testing.RawConnection;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing the server the way {@code Bot.close()} does (unready first, then close) while a slow
 * request is in flight: the request finishes, readiness says 503 meanwhile, no new connection is
 * accepted.
 */
class GracefulShutdownTest {

    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);

    @Test
    void close_lets_an_in_flight_request_finish_while_readyz_answers_503() throws Exception {
        Readiness readiness = new Readiness();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LiveMatcher matcher = new LiveMatcher(MatchSettings.defaults());
        ChatService chat = new ChatService(matcher::current, new ChatSettings(TriggerMode.MENTION, "bot", 6, 300),
                Clock.systemUTC(), DecisionObserver.NONE, UnansweredNotes.NONE);
        Router router = new BotRoutes(readiness, chat)
                .addTo(Router.builder())
                .route("GET", "/slow", request -> {
                    entered.countDown();
                    try {
                        return Response.json(200, Map.of("slow", release.await(20, TimeUnit.SECONDS)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return Response.json(500, Map.of("slow", "interrupted"));
                    }
                })
                .build();
        BotServer server = BotServer.start(
                new ServerSettings("127.0.0.1", 0, 65536, 8192, 5_000, 10_000, 60, 64, 8, 2, 10_000),
                router, RequestObserver.NONE);
        readiness.ready();
        int port = server.port();
        try (RawConnection watcher = new RawConnection(port, CLIENT_TIMEOUT);
                RawConnection slow = new RawConnection(port, CLIENT_TIMEOUT)) {
            assertEquals(200, watcher.send(get("/readyz")).read().status());
            slow.send(get("/slow"));
            assertTrue(entered.await(10, TimeUnit.SECONDS), "the slow request started");

            CompletableFuture<Void> closed = CompletableFuture.runAsync(() -> {
                readiness.stopping();
                server.close();
            });
            RawConnection.Reply ready = readyzOnceStopping(watcher);
            assertEquals(503, ready.status(), ready.body());
            assertTrue(ready.body().contains("STOPPING"), ready.body());
            assertTrue(refusesConnections(port), "no new connection once closing");
            assertFalse(closed.isDone(), "close waits for the in-flight request");

            release.countDown();
            RawConnection.Reply finished = slow.read();
            assertEquals(200, finished.status());
            assertEquals("{\"slow\":true}", finished.body());
            closed.get(20, TimeUnit.SECONDS);
        }
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n";
    }

    /** {@code /readyz} on a kept-alive connection, asked until it turns 503 or 100 times. */
    private static RawConnection.Reply readyzOnceStopping(RawConnection watcher) throws Exception {
        RawConnection.Reply ready = watcher.send(get("/readyz")).read();
        for (int attempt = 0; attempt < 100 && ready.status() == 200; attempt++) {
            Thread.sleep(20);
            ready = watcher.send(get("/readyz")).read();
        }
        return ready;
    }

    /** Whether connecting fails within a few tries (the listening socket closes asynchronously). */
    private static boolean refusesConnections(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                Thread.sleep(20);
            } catch (ConnectException refused) {
                return true;
            } catch (IOException other) {
                Thread.sleep(20);
            }
        }
        return false;
    }
}
