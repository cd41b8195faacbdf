package dev.digestbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The top command: its help lists the others; without one it serves with the defaults. */
@Command(name = "digestbot", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = "Answers developer questions in group chats from curated FAQ entries."
                + " Without a command it serves.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:failed: a FAQ file or an input could not be used",
            "2:bad usage or invalid configuration"})
final class DigestbotCommand implements Callable<Integer> {

    private final ServeCommand serve;

    DigestbotCommand(ServeCommand serve) {
        this.serve = serve;
    }

    @Override
    public Integer call() throws Exception {
        return serve.call();
    }
}
