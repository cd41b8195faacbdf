package dev.digestbot.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/**
 * Builds the commands' picocli models with its programmatic API. Reading the same model from
 * annotations costs about 0.1 s more CPU on every start (annotation proxies and reflection on a
 * cold JVM), all of it before {@code serve} can load the FAQ.
 */
final class Specs {

    private static final Map<String, String> EXIT_CODES = exitCodes();

    private Specs() {
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(String.valueOf(ExitCodes.DONE), "done");
        codes.put(String.valueOf(ExitCodes.FAILED), "failed: a FAQ file or an input could not be used");
        codes.put(String.valueOf(ExitCodes.BAD_USAGE), "bad usage or invalid configuration");
        return codes;
    }

    /** A command that runs {@code command}, with its description, exit codes and {@code --help}. */
    static CommandSpec command(Callable<Integer> command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description)
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(EXIT_CODES);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        return spec;
    }

    /** An option with a value; {@code getValue()} is null when it is not given. */
    static OptionSpec option(CommandSpec spec, String name, String label, Class<?> type,
            String description) {
        OptionSpec option = OptionSpec.builder(name).paramLabel(label).type(type)
                .description(description).build();
        spec.addOption(option);
        return option;
    }

    /** An option without a value; {@code getValue()} is true when it is given. */
    static OptionSpec flag(CommandSpec spec, String name, String description) {
        OptionSpec flag = OptionSpec.builder(name).type(boolean.class).initialValue(false)
                .description(description).build();
        spec.addOption(flag);
        return flag;
    }

    /**
     * Positional words, required when {@code arity} asks for at least one; {@code getValue()} is
     * the list given, empty when none.
     */
    static PositionalParamSpec words(CommandSpec spec, String label, String arity,
            String description) {
        PositionalParamSpec words = PositionalParamSpec.builder().paramLabel(label).arity(arity)
                .required(Range.valueOf(arity).min() > 0).type(List.class).auxiliaryTypes(String.class).initialValue(List.of())
                .description(description).build();
        spec.addPositional(words);
        return words;
    }
}
