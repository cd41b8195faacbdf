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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code eval}: scores the matcher {@code serve} would run on a labelled set. */
final class EvalCommand implements Callable<Integer> {

    private final CommandSpec spec = Specs.command(this, "eval",
            "Score the matcher, with the settings serve would use, on a labelled set: each miss, then"
                    + " the figures per level.");
    private final ConfigOptions options = new ConfigOptions(spec);
    private final OptionSpec set = OptionSpec.builder("--set").paramLabel("FILE").type(Path.class)
            .required(true).description("the labelled set, JSON lines {\"text\", \"expect\", \"level\"}")
            .build();
    private final PrintStream out;

    EvalCommand(PrintStream out) {
        this.out = out;
        spec.addOption(set);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws ConfigException, FaqFormatException, IOException {
        List<LabelledLine> lines = LabelledSet.read(set.getValue());
        BotConfig config = options.load(Map.of());
        Matcher matcher = Matcher.build(ConfigOptions.openFaq(config).snapshot(), config.match());
        new Scorer(matcher).score(lines).print(out);
        return ExitCodes.DONE;
    }
}
