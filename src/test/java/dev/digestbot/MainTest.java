package dev.digestbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.testing.FaqFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of DESIGN.md, run in-process. */
class MainTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path faq;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeFaq() throws Exception {
        FaqFixtures.write(faq);
    }

    private int run(String stdin, String... args) {
        return Main.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ask_prints_the_api_ask_json() throws Exception {
        assertEquals(0, run("", "ask", "--faq", faq.toString(), "seata", "全局锁和", "mysql", "的锁什么关系"));
        JsonNode answer = JSON.readTree(out());
        assertTrue(answer.get("answered").asBoolean(), out());
        assertEquals("seata-global-lock", answer.get("entry").get("id").asText());
    }

    @Test
    void ask_batch_writes_one_line_per_input_line_in_order() throws Exception {
        String input = "{\"text\":\"mosn 对 k8s 版本有要求吗\"}\nnot json\n{\"text\":\"tc 集群多节点怎么保证一致性\"}\n";
        assertEquals(1, run(input, "ask", "--faq", faq.toString(), "--batch"));
        String[] lines = out().split("\n");
        assertEquals(3, lines.length, out());
        assertEquals("mosn-k8s", JSON.readTree(lines[0]).get("entry").get("id").asText());
        assertEquals("invalid_line", JSON.readTree(lines[1]).get("error").asText());
        assertTrue(JSON.readTree(lines[2]).has("answered"));
        assertTrue(err().contains("line 2"), err());
    }

    @Test
    void an_unknown_command_is_a_one_line_error_and_exit_2() {
        assertEquals(2, run("", "frobnicate"));
        assertTrue(err().startsWith("digestbot: unknown command frobnicate\n"), err());
    }

    @Test
    void an_unknown_option_is_exit_2() {
        assertEquals(2, run("", "ask", "--fqa", "x", "hello"));
        assertTrue(err().startsWith("digestbot: unknown option --fqa"), err());
    }

    @Test
    void ask_without_text_is_exit_2() {
        assertEquals(2, run("", "ask", "--faq", faq.toString()));
        assertTrue(err().contains("ask needs either TEXT or --batch"), err());
    }

    @Test
    void a_bad_port_is_a_config_error_with_exit_2() {
        assertEquals(2, run("", "serve", "--faq", faq.toString(), "--port", "http"));
        assertEquals("digestbot: config: server.port: http (expected: an integer in 0..65535)\n", err());
    }

    @Test
    void a_port_in_use_is_one_line_naming_the_address_and_exit_1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertEquals(1, run("", "serve", "--faq", faq.toString(), "--port", String.valueOf(port)));
            assertTrue(err().startsWith("digestbot: cannot serve on 127.0.0.1:" + port + ": "), err());
            assertEquals(1, err().split("\n").length, err());
        }
    }

    @Test
    void a_missing_faq_folder_is_one_line_and_exit_1() {
        assertEquals(1, run("", "ask", "--faq", faq.resolve("absent").toString(), "hello"));
        assertTrue(err().startsWith("digestbot: faq: "), err());
        assertFalse(err().contains("\tat "), "no stack trace: " + err());
        assertEquals(1, err().split("\n").length, err());
    }
}
