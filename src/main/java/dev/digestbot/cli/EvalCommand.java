package dev.digestbot.cli;

import dev.digestbot.config.BotConfig;
import dev.digestbot.config.ConfigException;
import dev.digestbot.eval.LabelledLine;
import dev.digestbot.eval.LabelledSet;
import dev.digestbot.eval.Scorer;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.match.Matcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eval}: scores the matcher {@code serve} would run on a labelled set. */
@Command(name = "eval", description = "Score the matcher, with the settings serve would use, on a"
        + " labelled set: each miss, then the figures per level.")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    private ConfigOptions options;

    @Option(names = "--set", paramLabel = "FILE", required = true,
            description = "the labelled set, JSON lines {\"text\", \"expect\", \"level\"}")
    private Path set;

    private final PrintStream out;

    EvalCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws ConfigException, FaqFormatException, IOException {
        List<LabelledLine> lines = LabelledSet.read(set);
        BotConfig config = options.load(Map.of());
        Matcher matcher = Matcher.build(ConfigOptions.openFaq(config).snapshot(), config.match());
        new Scorer(matcher).score(lines).print(out);
        return Main.DONE;
    }
}
