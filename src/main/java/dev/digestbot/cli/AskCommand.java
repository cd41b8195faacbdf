package dev.digestbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.chat.AskResult;
import dev.digestbot.config.BotConfig;
import dev.digestbot.config.ConfigException;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.json.JsonMapping;
import dev.digestbot.match.Matcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code ask}: what {@code POST /api/ask} would answer, for one text or for each JSON line of
 * stdin, matched with the settings {@code serve} would use.
 */
final class AskCommand implements Callable<Integer> {

    private static final String BAD_LINE = "expected a JSON object with a string \"text\"";

    private final CommandSpec spec = Specs.command(this, "ask",
            "Print the /api/ask JSON for TEXT.",
            "With --batch, read JSON lines {\"text\": ...} from stdin and write one /api/ask JSON line"
                    + " for each, in order; a bad line gets {\"error\": ...}, a line on stderr and exit"
                    + " code 1.");
    private final ConfigOptions options = new ConfigOptions(spec);
    private final OptionSpec batch = Specs.flag(spec, "--batch", "answer JSON lines read from stdin");
    private final PositionalParamSpec words = Specs.words(spec, "TEXT", "0..*",
            "the question (words are joined with spaces)");
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    AskCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws ConfigException, FaqFormatException, IOException {
        boolean fromStdin = batch.getValue();
        List<String> text = words.getValue();
        if (fromStdin == !text.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "ask needs either TEXT or --batch");
        }
        BotConfig config = options.load(Map.of());
        Matcher matcher = Matcher.build(ConfigOptions.openFaq(config).snapshot(), config.match());
        if (!fromStdin) {
            out.println(answer(matcher, String.join(" ", text)));
            return ExitCodes.DONE;
        }
        return answerLines(matcher);
    }

    /** One JSON line out per line in, in order; a bad line gets an error object, not a stop. */
    private int answerLines(Matcher matcher) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int bad = 0;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = textOf(line);
            if (text == null) {
                bad++;
                err.println("digestbot: line " + number + ": " + BAD_LINE);
                out.println(JsonMapping.MAPPER.writeValueAsString(Map.of("error", "invalid_line",
                        "detail", "line " + number + ": " + BAD_LINE)));
            } else {
                out.println(answer(matcher, text));
            }
        }
        out.flush();
        return bad == 0 ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    private static String answer(Matcher matcher, String text) throws IOException {
        return JsonMapping.MAPPER.writeValueAsString(AskResult.of(matcher.match(text), matcher.snapshot()));
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
}
