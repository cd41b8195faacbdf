package dev.digestbot.cli;

import dev.digestbot.config.BotConfig;
import dev.digestbot.config.ConfigException;
import dev.digestbot.config.ConfigLoader;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE} and {@code --faq DIR}, which every command takes: they select the settings
 * {@code serve} would run with, so {@code ask} and {@code eval} match as the server does.
 */
final class ConfigOptions {

    private static final Path DEFAULT_FILE = Path.of("config", "digestbot.json");

    @Option(names = "--config", paramLabel = "FILE",
            description = "settings file (default: config/digestbot.json when it exists);"
                    + " DIGESTBOT_* environment variables override it")
    private Path file;

    @Option(names = "--faq", paramLabel = "DIR", description = "the FAQ folder, instead of faq.dir")
    private String faqDir;

    /**
     * The settings: defaults, the file, the environment, then {@code --faq} and the command's own
     * options.
     *
     * @param overrides dotted key to value, from the command's own options
     */
    BotConfig load(Map<String, String> overrides) throws ConfigException {
        Map<String, String> all = new HashMap<>(overrides);
        if (faqDir != null) {
            all.put("faq.dir", faqDir);
        }
        return ConfigLoader.load(file == null ? DEFAULT_FILE : file, file != null, System.getenv(), all);
    }

    /** Opens the FAQ folder of the settings. */
    static FaqStore openFaq(BotConfig config) throws FaqFormatException, IOException {
        return FaqStore.open(config.faqDir(), Clock.systemUTC(), config.faq().keepVersions());
    }
}
