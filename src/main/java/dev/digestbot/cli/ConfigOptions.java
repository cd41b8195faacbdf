package dev.digestbot.cli;

import dev.digestbot.config.BotConfig;
import dev.digestbot.config.ConfigException;
import dev.digestbot.config.ConfigLoader;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqRepository;
import dev.digestbot.faq.FaqStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --config FILE} and {@code --faq DIR}, which every command takes: they select the settings
 * {@code serve} would run with, so {@code ask} and {@code eval} match as the server does.
 */
final class ConfigOptions {

    private static final Path DEFAULT_FILE = Path.of("config", "digestbot.json");

    private final OptionSpec file;
    private final OptionSpec faqDir;

    /** Adds the options to the command. */
    ConfigOptions(CommandSpec command) {
        file = Specs.option(command, "--config", "FILE", Path.class,
                "settings file (default: config/digestbot.json when it exists);"
                        + " DIGESTBOT_* environment variables override it");
        faqDir = Specs.option(command, "--faq", "DIR", String.class, "the FAQ folder, instead of faq.dir");
    }

    /**
     * The settings: defaults, the file, the environment, then {@code --faq} and the command's own
     * options.
     *
     * @param overrides dotted key to value, from the command's own options
     */
    BotConfig load(Map<String, String> overrides) throws ConfigException {
        Path given = file.getValue();
        Map<String, String> all = new HashMap<>(overrides);
        if (faqDir.getValue() != null) {
            all.put("faq.dir", faqDir.getValue());
        }
        return ConfigLoader.load(given == null ? DEFAULT_FILE : given, given != null, System.getenv(), all);
    }

    /** Opens the FAQ folder of the settings. */
    static FaqRepository openFaq(BotConfig config) throws FaqFormatException, IOException {
        return FaqStore.open(config.faqDir(), Clock.systemUTC(), config.faq().keepVersions());
    }
}
