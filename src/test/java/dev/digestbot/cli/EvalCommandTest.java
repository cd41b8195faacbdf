package dev.digestbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqFiles;
import dev.digestbot.faq.Project;
import dev.digestbot.faq.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    private static final String SET = String.join("\n",
            "{\"text\": \"sofa rpc 能发 https 服务吗\", \"expect\": {\"digest\": \"d1.md\", \"question\": "
                    + "\"SOFARPC 能发布一个 https 协议的服务吗？<br />\"}, \"level\": \"hard\"}",
            "{\"text\": \"谢谢大佬\", \"expect\": null, \"level\": \"offtopic\"}",
            "{\"text\": \"git rebase 冲突了怎么撤销\", \"expect\": null, \"level\": \"offtopic\"}", "");

    @TempDir
    Path dir;

    private Path faq() throws Exception {
        Path faq = Files.createDirectories(dir.resolve("faq"));
        FaqFiles.writeProjects(faq, List.of(new Project("SOFARPC", "https://github.com/sofastack/sofa-rpc",
                List.of("sofa rpc"))));
        FaqFiles.writeEntries(faq, List.of(
                entry("d1-1", "d1.md", 1, "SOFARPC 能发布一个 https 协议的服务吗？", "https 不行，h2 可以。"),
                entry("d1-2", "d1.md", 2, "SOFARPC 的注册中心支持 nacos 吗？", "支持。"),
                entry("d2-1", "d2.md", 1, "SOFARPC 能发布一个 https 协议的服务吗？", "h2 可以。")));
        return faq;
    }

    private static Entry entry(String id, String digest, int item, String question, String answer) {
        return new Entry(id, question, List.of(), answer, "SOFARPC", null, new Source(digest, item, null),
                List.of(), List.of(), null, null, null);
    }

    @Test
    void prints_figures_per_level_and_each_miss() throws Exception {
        Path set = Files.writeString(dir.resolve("set.jsonl"), SET);

        CommandRun run = CommandRun.of("eval", "--faq", faq().toString(), "--set", set.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("answered-correct"), run.out());
        assertTrue(run.out().matches("(?s).*hard\\s+1\\s+100\\.0 %\\s+0\\.0 %\\s+100\\.0 %.*"), run.out());
        assertTrue(run.out().matches("(?s).*offtopic\\s+2\\s.*0\\.0 %\\n.*"), run.out());
    }

    /** It used to score MatchSettings.defaults() whatever the config said: a matcher serve never ran. */
    @Test
    void scores_the_matcher_of_the_config_file_like_serve() throws Exception {
        Path set = Files.writeString(dir.resolve("set.jsonl"), SET);
        Path strict = Files.writeString(dir.resolve("strict.json"), "{\"match\": {\"answerThreshold\": 1.0}}");
        String faq = faq().toString();

        CommandRun defaults = CommandRun.of("eval", "--faq", faq, "--set", set.toString());
        CommandRun configured = CommandRun.of("eval", "--config", strict.toString(), "--faq", faq, "--set", set.toString());

        assertEquals(0, configured.code(), configured.err());
        assertNotEquals(defaults.out(), configured.out());
        assertTrue(configured.out().matches("(?s).*hard\\s+1\\s+0\\.0 %\\s+0\\.0 %\\s+100\\.0 %.*"),
                "nothing reaches confidence 1.0: " + configured.out());
    }

    @Test
    void a_missing_set_option_is_bad_usage() {
        CommandRun run = CommandRun.of("eval", "--faq", "faq");
        assertEquals(2, run.code());
        assertEquals(List.of("digestbot: Missing required option: '--set=FILE' (see: digestbot eval --help)"),
                run.errLines());
    }

    @Test
    void an_unknown_argument_is_bad_usage_in_one_line() {
        CommandRun run = CommandRun.of("eval", "--bogus");
        assertEquals(2, run.code());
        assertEquals(1, run.errLines().size(), run.err());
    }

    @Test
    void an_unreadable_set_fails_in_one_line() throws Exception {
        Path missing = dir.resolve("missing.jsonl");
        CommandRun run = CommandRun.of("eval", "--faq", faq().toString(), "--set", missing.toString());
        assertEquals(1, run.code());
        assertEquals(List.of("digestbot: " + missing + ": no such file"), run.errLines());
    }

    @Test
    void a_malformed_line_is_named_by_number() throws Exception {
        Path set = Files.writeString(dir.resolve("bad.jsonl"),
                "{\"text\": \"x\", \"expect\": null, \"level\": \"offtopic\"}\n{not json\n");
        CommandRun run = CommandRun.of("eval", "--faq", faq().toString(), "--set", set.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains(":2:"), run.err());
    }
}
