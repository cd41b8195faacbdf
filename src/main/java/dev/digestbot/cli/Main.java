package dev.digestbot.cli;

import dev.digestbot.config.ConfigException;
import dev.digestbot.faq.FaqFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The jar's entry point: {@code serve} (also when no command is given), {@code ask},
 * {@code import}, {@code eval} and {@code help}, each with {@code --help}; {@code --version}.
 *
 * <p>Exit codes: {@link ExitCodes}. Every failure is one line on stderr starting
 * {@code digestbot: }; commands that report per input (import, {@code ask --batch}) print one line
 * per bad input instead and exit {@link ExitCodes#FAILED}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) {
        // picocli's own start-up switches: no probe for Groovy closures, and no converters, found
        // by reflection, for java.sql and java.time types, which no option here takes.
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
        // After serve returns the JVM is already shutting down (its hook let serve return): exit
        // then only waits for the hooks to finish, and the process keeps the signal's status.
        System.exit(run(List.of(argv), WarmUp.start(), System.in, System.out, System.err));
    }

    /** Runs one command line with the given standard streams and returns its exit code. */
    public static int run(List<String> argv, InputStream in, PrintStream out, PrintStream err) {
        return run(argv, WarmUp.done(), in, out, err);
    }

    private static int run(List<String> argv, WarmUp warmUp, InputStream in, PrintStream out,
            PrintStream err) {
        ServeCommand serve = new ServeCommand(err);
        CommandLine commandLine = new CommandLine(new DigestbotCommand(serve).spec())
                .addSubcommand(serve.spec())
                .addSubcommand(new AskCommand(in, out, err).spec())
                .addSubcommand(new ImportCommand(out, err).spec())
                .addSubcommand(new EvalCommand(out).spec())
                .addSubcommand(new HelpCommand().spec())
                .setOut(writer(out))
                .setErr(writer(err))
                .setExecutionStrategy(parsed -> execute(parsed, warmUp))
                .setParameterExceptionHandler(Main::badUsage)
                .setExecutionExceptionHandler(Main::failed);
        return commandLine.execute(argv.toArray(String[]::new));
    }

    /** Help and version need no warm-up; a command waits for it (see {@link WarmUp}). */
    private static int execute(ParseResult parsed, WarmUp warmUp) throws ExecutionException {
        Integer helped = CommandLine.executeHelpRequest(parsed);
        if (helped != null) {
            return helped;
        }
        try {
            warmUp.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionException(parsed.commandSpec().commandLine(), "interrupted", e);
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    private static int badUsage(ParameterException e, String[] argv) {
        CommandLine command = e.getCommandLine();
        String problem = e instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
                && command.getParent() == null
                ? "unknown command " + unmatched.getUnmatched().get(0)
                : e.getMessage();
        command.getErr().println("digestbot: " + problem + " (see: "
                + command.getCommandSpec().qualifiedName() + " --help)");
        return ExitCodes.BAD_USAGE;
    }

    private static int failed(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof ConfigException) {
            err.println("digestbot: config: " + e.getMessage());
            return ExitCodes.BAD_USAGE;
        }
        if (e instanceof FaqFormatException) {
            err.println("digestbot: faq: " + e.getMessage());
        } else if (e instanceof IOException io) {
            err.println("digestbot: " + ExitCodes.describe(io));
        } else if (e instanceof InterruptedException) {
            err.println("digestbot: interrupted");
        } else {
            err.println("digestbot: unexpected error: " + e);
        }
        return ExitCodes.FAILED;
    }
}
