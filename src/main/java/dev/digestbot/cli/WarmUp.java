package dev.digestbot.cli;

import com.fasterxml.jackson.core.JsonParser;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.Project;
import dev.digestbot.json.JsonMapping;
import dev.digestbot.json.JsonStreaming;
import dev.digestbot.match.MatchSettings;
import dev.digestbot.match.Matcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        Thread binding = new Thread(WarmUp::initializeBinding, "digestbot-warm-up-binding");
        binding.setDaemon(true);
        binding.setPriority(Thread.MIN_PRIORITY);
        binding.start();
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

    /**
     * Builds the data-binding deserializers of FAQ entries and projects and the matcher's classes
     * (its tries, glossary, kinds of question, learned model) on a small FAQ. Reading the real FAQ
     * and indexing it would otherwise start with both, one after the other, on the path to ready;
     * nothing waits for this, and what it builds is shared.
     */
    private static void initializeBinding() {
        try {
            Entry entry = JsonMapping.MAPPER.readerFor(Entry.class).readValue(
                    "{\"id\":\"warm-up\",\"question\":\"seata 全局锁是什么？\",\"alternates\":[\"at 模式 全局锁\"],"
                            + "\"answer\":\"行锁。\",\"project\":\"Seata\"}");
            Project project = JsonMapping.MAPPER.readerFor(Project.class).readValue(
                    "{\"name\":\"Seata\",\"link\":\"https://github.com/seata/seata\",\"aliases\":[\"seata\"]}");
            Matcher.build(new FaqSnapshot(1, List.of(project), List.of(entry)), MatchSettings.defaults().withCacheSize(0))
                    .match("seata 的全局锁是啥");
        } catch (IOException e) {
            throw new UncheckedIOException("Jackson cannot read a constant entry", e);
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
