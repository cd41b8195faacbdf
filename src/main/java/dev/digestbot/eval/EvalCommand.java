package dev.digestbot.eval;

import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.match.MatchSettings;
import dev.digestbot.match.Matcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code eval [--faq DIR] --set FILE}: scores the matcher with its default settings on a
 * labelled set and prints each miss, then the figures per level. Exit 0 after a run, 2 with a
 * one-line message on bad usage or an unreadable FAQ or set.
 */
public final class EvalCommand {

    private static final String USAGE = "usage: eval [--faq DIR] --set FILE";

    private EvalCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path faq = Path.of("faq");
        Path set = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--faq") || arg.equals("--set")) && i + 1 < args.size()) {
                Path value = Path.of(args.get(++i));
                if (arg.equals("--faq")) {
                    faq = value;
                } else {
                    set = value;
                }
            } else {
                err.println("eval: unexpected argument " + arg + "; " + USAGE);
                return 2;
            }
        }
        if (set == null) {
            err.println("eval: --set is required; " + USAGE);
            return 2;
        }
        try {
            List<LabelledLine> lines = LabelledSet.read(set);
            Matcher matcher = Matcher.build(FaqStore.open(faq, Clock.systemUTC()).snapshot(),
                    MatchSettings.defaults());
            new Scorer(matcher).score(lines).print(out);
            return 0;
        } catch (IOException | FaqFormatException | RuntimeException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
    }
}
