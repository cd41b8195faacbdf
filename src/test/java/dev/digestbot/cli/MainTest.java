package dev.digestbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.testing.FaqFixtures;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of the README, run in-process. */
class MainTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path faq;

    @BeforeEach
    void writeFaq() throws Exception {
        FaqFixtures.write(faq);
    }

    @Test
    void ask_prints_the_api_ask_json() throws Exception {
        CommandRun run = CommandRun.of("ask", "--faq", faq.toString(), "seata", "全局锁和", "mysql", "的锁什么关系");
        assertEquals(0, run.code(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertTrue(answer.get("answered").asBoolean(), run.out());
        assertEquals("seata-global-lock", answer.get("entry").get("id").asText());
    }

    @Test
    void ask_batch_writes_one_line_per_input_line_in_order() throws Exception {
        String input = "{\"text\":\"mosn 对 k8s 版本有要求吗\"}\nnot json\n{\"text\":\"tc 集群多节点怎么保证一致性\"}\n";
        CommandRun run = CommandRun.withStdin(input, "ask", "--faq", faq.toString(), "--batch");
        assertEquals(1, run.code());
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run.out());
        assertEquals("mosn-k8s", JSON.readTree(lines[0]).get("entry").get("id").asText());
        assertEquals("invalid_line", JSON.readTree(lines[1]).get("error").asText());
        assertTrue(JSON.readTree(lines[2]).has("answered"));
        assertEquals(List.of("digestbot: line 2: expected a JSON object with a string \"text\""), run.errLines());
    }

    @Test
    void ask_uses_the_match_settings_of_the_config_file() throws Exception {
        String question = "seata 全局锁和 mysql 的锁什么关系";
        Path strict = Files.writeString(faq.resolveSibling(faq.getFileName() + "-strict.json"),
                "{\"match\": {\"answerThreshold\": 1.0, \"minMargin\": 1.0}}");

        CommandRun defaults = CommandRun.of("ask", "--faq", faq.toString(), question);
        CommandRun configured = CommandRun.of("ask", "--config", strict.toString(), "--faq", faq.toString(), question);

        assertTrue(JSON.readTree(defaults.out()).get("answered").asBoolean(), defaults.out());
        assertFalse(JSON.readTree(configured.out()).get("answered").asBoolean(), configured.out());
    }

    @Test
    void help_on_every_command_prints_its_usage_and_exits_0() {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("help"), List.of("serve", "--help"),
                List.of("ask", "--help"), List.of("import", "--help"), List.of("eval", "--help"), List.of("help", "eval"))) {
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            assertEquals(0, run.code(), args + ": " + run.err());
            assertTrue(run.out().startsWith("Usage: digestbot"), args + ": " + run.out());
            assertEquals("", run.err(), args.toString());
        }
        String top = CommandRun.of("--help").out();
        for (String command : List.of("serve", "ask", "import", "eval")) {
            assertTrue(top.contains("\n  " + command + " "), "the top help lists " + command + ": " + top);
        }
        assertTrue(top.contains("Exit codes:"), top);
        for (String command : List.of("serve", "ask", "import", "eval")) {
            String help = CommandRun.of(command, "--help").out();
            assertTrue(help.contains("--config=FILE") && help.contains("--faq=DIR"), command + " shares the options: " + help);
        }
    }

    @Test
    void version_is_the_project_version_of_the_build() throws Exception {
        Matcher pomVersion = Pattern.compile("<artifactId>digestbot</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pomVersion.find());

        CommandRun run = CommandRun.of("--version");

        assertEquals(0, run.code(), run.err());
        assertEquals("digestbot " + pomVersion.group(1) + "\n", run.out());
    }

    @Test
    void an_unknown_command_is_a_one_line_error_and_exit_2() {
        CommandRun run = CommandRun.of("frobnicate");
        assertEquals(2, run.code());
        assertEquals(List.of("digestbot: unknown command frobnicate (see: digestbot --help)"), run.errLines());
    }

    @Test
    void an_unknown_option_is_a_one_line_error_and_exit_2() {
        CommandRun run = CommandRun.of("ask", "--fqa", "x", "hello");
        assertEquals(2, run.code());
        assertEquals(List.of("digestbot: Unknown option: '--fqa' (see: digestbot ask --help)"), run.errLines());
    }

    @Test
    void an_option_without_its_value_is_exit_2() {
        CommandRun run = CommandRun.of("eval", "--set");
        assertEquals(2, run.code());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("digestbot: Missing required parameter for option '--set'"), run.err());
    }

    @Test
    void ask_without_text_is_exit_2() {
        CommandRun run = CommandRun.of("ask", "--faq", faq.toString());
        assertEquals(2, run.code());
        assertEquals(List.of("digestbot: ask needs either TEXT or --batch (see: digestbot ask --help)"), run.errLines());
    }

    @Test
    void serve_takes_no_argument() {
        CommandRun run = CommandRun.of("serve", "--faq", faq.toString(), "extra");
        assertEquals(2, run.code());
        assertEquals(1, run.errLines().size(), run.err());
    }

    @Test
    void a_bad_port_is_a_config_error_with_exit_2() {
        CommandRun run = CommandRun.of("serve", "--faq", faq.toString(), "--port", "http");
        assertEquals(2, run.code());
        assertEquals("digestbot: config: server.port: http (expected: an integer in 0..65535)\n", run.err());
    }

    @Test
    void a_missing_config_file_named_on_the_command_line_is_exit_2() {
        CommandRun run = CommandRun.of("ask", "--config", faq.resolve("absent.json").toString(), "hello");
        assertEquals(2, run.code());
        assertEquals(List.of("digestbot: config: " + faq.resolve("absent.json") + ": file not found"), run.errLines());
    }

    @Test
    void a_port_in_use_is_one_line_naming_the_address_and_exit_1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            CommandRun run = CommandRun.of("serve", "--faq", faq.toString(), "--port", String.valueOf(port));
            assertEquals(1, run.code());
            assertTrue(run.err().startsWith("digestbot: cannot serve on 127.0.0.1:" + port + ": "), run.err());
            assertEquals(1, run.errLines().size(), run.err());
        }
    }

    @Test
    void a_faq_folder_that_cannot_be_used_is_one_line_and_exit_1_for_every_command() throws Exception {
        String absent = faq.resolve("absent").toString();
        Path set = Files.writeString(faq.resolveSibling(faq.getFileName() + "-set.jsonl"),
                "{\"text\": \"x\", \"expect\": null, \"level\": \"offtopic\"}\n");
        for (List<String> args : List.of(List.of("ask", "--faq", absent, "hello"),
                List.of("import", "--faq", absent, "x.md"),
                List.of("eval", "--faq", absent, "--set", set.toString()))) {
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            assertEquals(1, run.code(), args + ": " + run.err());
            assertTrue(run.err().startsWith("digestbot: faq: "), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
            assertEquals(1, run.errLines().size(), run.err());
        }
    }
}
