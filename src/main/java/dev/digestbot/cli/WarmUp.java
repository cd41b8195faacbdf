package dev.digestbot.cli;

import com.fasterxml.jackson.core.JsonParser;
import dev.digestbot.json.JsonStreaming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/**
 * Initializes logging and Jackson's streaming parser on a thread of its own while the main thread
 * parses the command line. Every command needs both next (the settings file, the FAQ files, the
 * log), and picocli's first parse takes about 0.2 s of CPU on a cold JVM, during which the second
 * core would idle.
 *
 * <p>A command waits for it before it starts: SLF4J must finish initializing before a second
 * thread logs, or it hands out stand-in loggers and prints a three-line warning when it replays
 * their calls (which {@code serve} did on some starts, its FAQ-loading thread racing Netty's).
 */
final class WarmUp {

    private final Thread thread;

    private WarmUp(Thread thread) {
        this.thread = thread;
    }

    static WarmUp start() {
        Thread thread = new Thread(WarmUp::initialize, "digestbot-warm-up");
        thread.setDaemon(true);
        thread.start();
        return new WarmUp(thread);
    }

    /** A warm-up with nothing to do, for a JVM that is already warm (tests that run commands). */
    static WarmUp done() {
        return new WarmUp(null);
    }

    void await() throws InterruptedException {
        if (thread != null) {
            thread.join();
        }
    }

    private static void initialize() {
        LoggerFactory.getILoggerFactory();
        try (JsonParser parser = JsonStreaming.FACTORY.createParser(
                "{\"warm\": [1, 0.5, true, \"up\"]}".getBytes(StandardCharsets.UTF_8))) {
            while (parser.nextToken() != null) {
                parser.getText();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Jackson cannot parse a constant", e);
        }
    }
}
