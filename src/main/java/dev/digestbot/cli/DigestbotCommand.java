package dev.digestbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The top command: its help lists the others; without one it serves with the defaults. */
final class DigestbotCommand implements Callable<Integer> {

    private final CommandSpec spec = Specs.command(this, "digestbot",
            "Answers developer questions in group chats from curated FAQ entries. Without a command"
                    + " it serves.");
    private final ServeCommand serve;

    DigestbotCommand(ServeCommand serve) {
        this.serve = serve;
        spec.versionProvider(new BuildVersion());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        return serve.call();
    }
}
