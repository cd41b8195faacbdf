package dev.digestbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.cli.Main;
import dev.digestbot.testing.Eventually;
import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.RawConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} in a child JVM stopped with SIGTERM while requests are in flight. */
class ShutdownSignalTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final int SIGTERM_EXIT_CODE = 128 + 15;
    private static final int BURST = 300;

    @TempDir
    Path dir;

    @Test
    void sigterm_answers_the_requests_in_flight_whole_and_exits() throws Exception {
        Path faq = FaqFixtures.write(Files.createDirectory(dir.resolve("faq")));
        Path log = dir.resolve("serve.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--faq", faq.toString(), "--port", "0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int port = portOf(child, log);
            Eventually.holds(() -> readyzStatus(port) == 200, "the child is ready");
            try (RawConnection connection = new RawConnection(port, Duration.ofSeconds(20))) {
                assertEquals(200, connection.send(get("/readyz")).read().status());
                connection.send(burstOfQuestions());
                assertEquals(200, connection.read().status());

                child.destroy();
                List<RawConnection.Reply> rest = connection.readUntilClosed();
                for (RawConnection.Reply reply : rest) {
                    assertTrue(reply.status() == 200 || reply.status() == 503, reply.status() + ": " + reply.body());
                }
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the process exits after SIGTERM");
            assertEquals(SIGTERM_EXIT_CODE, child.exitValue(), Files.readString(log));
            assertFalse(Files.readString(log).contains("Exception"), Files.readString(log));
            assertNoLoggingWarning(log);
        } finally {
            child.destroyForcibly();
        }
    }

    /** The jar's contract: {@code java -jar digestbot.jar} serves {@code faq/} of the working directory. */
    @Test
    void no_arguments_serve_the_faq_folder_of_the_working_directory() throws Exception {
        FaqFixtures.write(Files.createDirectory(dir.resolve("faq")));
        Path log = dir.resolve("serve.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DIGESTBOT_SERVER_PORT", "0");
        Process child = builder.start();
        try {
            int port = portOf(child, log);
            Eventually.holds(() -> readyzStatus(port) == 200, "the child is ready");
            try (RawConnection connection = new RawConnection(port, Duration.ofSeconds(5))) {
                RawConnection.Reply ready = connection.send(get("/readyz")).read();
                assertTrue(ready.body().contains("\"entries\":" + FaqFixtures.ENTRIES.size()), ready.body());
            }
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the process exits after SIGTERM");
            assertEquals(SIGTERM_EXIT_CODE, child.exitValue(), Files.readString(log));
            assertNoLoggingWarning(log);
        } finally {
            child.destroyForcibly();
        }
    }

    /**
     * Issue 16: on about half the starts SLF4J printed three "SLF4J(W): … replayed" lines, its
     * initialization racing between the FAQ-loading thread and Netty's first logger.
     */
    private static void assertNoLoggingWarning(Path log) throws IOException {
        assertFalse(Files.readString(log).contains("SLF4J"), Files.readString(log));
    }

    /**
     * The status of {@code /readyz}: the child logs its port once it listens, and answers 503
     * there until its FAQ is loaded.
     */
    private static int readyzStatus(int port) {
        try (RawConnection connection = new RawConnection(port, Duration.ofSeconds(5))) {
            return connection.send(get("/readyz")).read().status();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n";
    }

    private static byte[] burstOfQuestions() throws IOException {
        StringBuilder burst = new StringBuilder();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < BURST; i++) {
            String body = json.writeValueAsString(Map.of("text", "seata 全局锁和 mysql 的锁 " + i));
            burst.append("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n")
                    .append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length)
                    .append("\r\n\r\n").append(body);
        }
        return burst.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The port the child logged, waiting at most 30 s for it. */
    private static int portOf(Process child, Path log) throws Exception {
        for (int attempt = 0; attempt < 300 && child.isAlive(); attempt++) {
            Matcher listening = LISTENING.matcher(Files.readString(log));
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child never listened; its log:\n" + Files.readString(log));
    }
}
