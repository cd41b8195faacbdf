package dev.digestbot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.chat.AskResult;
import dev.digestbot.config.BotConfig;
import dev.digestbot.config.ConfigException;
import dev.digestbot.config.ConfigLoader;
import dev.digestbot.digest.ImportCommand;
import dev.digestbot.eval.EvalCommand;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.json.JsonMapping;
import dev.digestbot.match.Matcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The command line of DESIGN.md: {@code serve} (the default), {@code ask}, {@code import},
 * {@code eval}. Exit codes: 0 done, 1 failed, 2 bad usage or configuration.
 */
public final class Main {

    static final String USAGE = "usage: digestbot [serve [--config FILE] [--faq DIR] [--port N]"
            + " | ask [--config FILE] [--faq DIR] (TEXT | --batch)"
            + " | import [--faq DIR] [--dry-run] PATH... | eval [--faq DIR] --set FILE]";
    private static final Path DEFAULT_CONFIG = Path.of("config", "digestbot.json");

    private Main() {
    }

    public static void main(String[] argv) {
        int code = run(Arrays.asList(argv), System.in, System.out, System.err);
        if (code != 0 || argv.length == 0 || !isServe(argv[0])) {
            System.exit(code);
        }
    }

    private static boolean isServe(String command) {
        return command.equals("serve") || command.startsWith("--");
    }

    static int run(List<String> argv, InputStream in, PrintStream out, PrintStream err) {
        String command = argv.isEmpty() || argv.get(0).startsWith("--") ? "serve" : argv.get(0);
        List<String> rest = argv.isEmpty() || argv.get(0).startsWith("--") ? argv
                : argv.subList(1, argv.size());
        try {
            return switch (command) {
                case "serve" -> serve(rest, err);
                case "ask" -> ask(rest, in, out, err);
                case "import" -> ImportCommand.run(rest, out, err);
                case "eval" -> EvalCommand.run(rest, out, err);
                case "help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new Args.UsageException("unknown command " + command);
            };
        } catch (Args.UsageException e) {
            err.println("digestbot: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (ConfigException e) {
            err.println("digestbot: config: " + e.getMessage());
            return 2;
        } catch (FaqFormatException e) {
            err.println("digestbot: faq: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("digestbot: " + e.getMessage());
            return 1;
        }
    }

    private static int serve(List<String> argv, PrintStream err)
            throws Args.UsageException, ConfigException, FaqFormatException, IOException {
        Args args = Args.parse(argv, Set.of("--config", "--faq", "--port"), Set.of());
        if (!args.positionals().isEmpty()) {
            throw new Args.UsageException("serve takes no argument " + args.positionals().get(0));
        }
        BotConfig config = config(args);
        CountDownLatch stopped = new CountDownLatch(1);
        Bot bot;
        try {
            bot = BotFactory.start(config, Clock.systemUTC());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (BindException | RuntimeException e) {
            err.println("digestbot: cannot serve on " + config.server().host() + ":"
                    + config.server().port() + ": " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            stopped.countDown();
        }, "digestbot-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int ask(List<String> argv, InputStream in, PrintStream out, PrintStream err)
            throws Args.UsageException, ConfigException, FaqFormatException, IOException {
        Args args = Args.parse(argv, Set.of("--config", "--faq"), Set.of("--batch"));
        boolean batch = args.has("--batch");
        if (batch == !args.positionals().isEmpty()) {
            throw new Args.UsageException("ask needs either TEXT or --batch");
        }
        BotConfig config = config(args);
        Matcher matcher = Matcher.build(FaqStore.open(config.faqDir(), Clock.systemUTC()).snapshot(),
                config.match());
        if (!batch) {
            String text = String.join(" ", args.positionals());
            out.println(JsonMapping.MAPPER.writeValueAsString(AskResult.of(matcher.match(text), matcher.snapshot())));
            return 0;
        }
        return askBatch(matcher, in, out, err);
    }

    /** One JSON line out per line in, in order; a bad line gets an error object, not a stop. */
    private static int askBatch(Matcher matcher, InputStream in, PrintStream out, PrintStream err)
            throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int bad = 0;
        int lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            String text = textOf(line);
            if (text == null) {
                bad++;
                err.println("digestbot: line " + lineNo + ": expected a JSON object with a string \"text\"");
                out.println(JsonMapping.MAPPER.writeValueAsString(Map.of("error", "invalid_line",
                        "detail", "line " + lineNo + ": expected a JSON object with a string \"text\"")));
            } else {
                out.println(JsonMapping.MAPPER.writeValueAsString(AskResult.of(matcher.match(text), matcher.snapshot())));
            }
        }
        out.flush();
        return bad == 0 ? 0 : 1;
    }

    private static String textOf(String line) {
        try {
            JsonNode node = JsonMapping.MAPPER.readTree(line);
            JsonNode text = node == null ? null : node.get("text");
            return text != null && text.isTextual() ? text.textValue() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static BotConfig config(Args args) throws ConfigException {
        Map<String, String> overrides = new HashMap<>();
        if (args.has("--faq")) {
            overrides.put("faq.dir", args.option("--faq", null));
        }
        if (args.has("--port")) {
            overrides.put("server.port", args.option("--port", null));
        }
        Path file = Path.of(args.option("--config", DEFAULT_CONFIG.toString()));
        return ConfigLoader.load(file, args.has("--config"), System.getenv(), overrides);
    }
}
