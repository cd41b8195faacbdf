package dev.digestbot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code help [COMMAND]}: the usage of the command line, or of one command. */
final class HelpCommand implements Callable<Integer> {

    private final CommandSpec spec = Specs.command(this, "help",
            "Show the usage of the command line, or of one command.");
    private final PositionalParamSpec command = Specs.words(spec, "COMMAND", "0..1",
            "the command to describe");

    HelpCommand() {
        spec.helpCommand(true);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        CommandLine parent = spec.commandLine().getParent();
        List<String> names = command.getValue();
        CommandLine described = names.isEmpty() ? parent : parent.getSubcommands().get(names.get(0));
        if (described == null) {
            throw new ParameterException(spec.commandLine(), "unknown command " + names.get(0));
        }
        described.usage(spec.commandLine().getOut());
        return ExitCodes.DONE;
    }
}
