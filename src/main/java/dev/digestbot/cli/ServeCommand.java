package dev.digestbot.cli;

import dev.digestbot.Bot;
import dev.digestbot.BotFactory;
import dev.digestbot.config.BotConfig;
import dev.digestbot.config.ConfigException;
import dev.digestbot.faq.FaqFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code serve}: serves HTTP until the JVM is asked to stop, then closes the bot gracefully. */
final class ServeCommand implements Callable<Integer> {

    private final CommandSpec spec = Specs.command(this, "serve",
            "Serve HTTP until SIGTERM: then /readyz turns 503, in-flight requests finish and the"
                    + " process exits.");
    private final ConfigOptions options = new ConfigOptions(spec);
    private final OptionSpec port = Specs.option(spec, "--port", "N", String.class,
            "port to bind, instead of server.port (0 picks a free one)");
    private final PrintStream err;

    ServeCommand(PrintStream err) {
        this.err = err;
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws ConfigException, FaqFormatException, IOException, InterruptedException {
        // The port goes through the settings, whose validation names the key and the range.
        String portValue = port.getValue();
        BotConfig config = options.load(portValue == null ? Map.of() : Map.of("server.port", portValue));
        Bot bot;
        try {
            bot = BotFactory.start(config, Clock.systemUTC());
        } catch (BindException | RuntimeException e) {
            err.println("digestbot: cannot serve on " + config.server().host() + ":"
                    + config.server().port() + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            stopped.countDown();
        }, "digestbot-shutdown"));
        stopped.await();
        return ExitCodes.DONE;
    }
}
