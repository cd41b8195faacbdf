package dev.digestbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.config.BotConfig;
import dev.digestbot.config.ConfigLoader;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqFiles;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.testing.Eventually;
import dev.digestbot.testing.FaqFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotFactoryTest {

    @TempDir
    Path faq;

    @Test
    void a_bot_that_starts_says_where_it_listens_once_it_is_ready() throws Exception {
        FaqFixtures.write(faq);
        int port = freePort();
        String log = stderrOf(() -> BotFactory.start(config(port), Clock.systemUTC()).close());
        assertTrue(log.matches("(?s).*ready \\d+ ms after JVM start: listening on http://127\\.0\\.0\\.1:"
                + port + ", " + FaqFixtures.ENTRIES.size() + " entries, FAQ version 1.*"), log);
    }

    /**
     * A missing {@code projects.json} logged "listening on …" (the server binds while the FAQ
     * loads) before the process exited 1.
     */
    @Test
    void a_start_that_fails_says_nothing_of_listening_and_leaves_no_port_or_thread_behind() throws Exception {
        FaqFiles.writeEntries(faq, List.<Entry>of());
        int port = freePort();
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());

        String log = stderrOf(() -> assertThrows(FaqFormatException.class,
                () -> BotFactory.start(config(port), Clock.systemUTC())));

        assertFalse(log.contains("listening"), log);
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
        Eventually.holds(() -> startedThreads(before).isEmpty(), "threads of the failed start ended");
    }

    /** Threads the bot names (its pools, the FAQ loader) or Netty's event loops, started since {@code before}. */
    private static List<String> startedThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.isAlive())
                .map(Thread::getName)
                .filter(name -> name.startsWith("digestbot-") || name.contains("EventLoopGroup"))
                .toList();
    }

    private BotConfig config(int port) throws Exception {
        return ConfigLoader.load(Path.of("does-not-exist.json"), false, Map.of(),
                Map.of("faq.dir", faq.toString(), "server.port", String.valueOf(port), "faq.watch", "false"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static String stderrOf(Step step) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            step.run();
        } finally {
            System.setErr(stderr);
        }
        return log.toString(StandardCharsets.UTF_8);
    }
}
