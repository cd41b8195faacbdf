package dev.digestbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqFiles;
import dev.digestbot.faq.Project;
import dev.digestbot.faq.Source;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvalCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path faq() throws Exception {
        Path faq = dir.resolve("faq");
        Files.createDirectories(faq);
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
    void printsFiguresPerLevelAndEachMiss() throws Exception {
        Path set = dir.resolve("set.jsonl");
        Files.writeString(set, String.join("\n",
                "{\"text\": \"sofa rpc 能发 https 服务吗\", \"expect\": {\"digest\": \"d1.md\", \"question\": "
                        + "\"SOFARPC 能发布一个 https 协议的服务吗？<br />\"}, \"level\": \"hard\"}",
                "{\"text\": \"谢谢大佬\", \"expect\": null, \"level\": \"offtopic\"}",
                "{\"text\": \"git rebase 冲突了怎么撤销\", \"expect\": null, \"level\": \"offtopic\"}", ""));
        assertEquals(0, run("--faq", faq().toString(), "--set", set.toString()), err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("answered-correct"), printed);
        assertTrue(printed.matches("(?s).*hard\\s+1\\s+100\\.0 %\\s+0\\.0 %\\s+100\\.0 %.*"), printed);
        assertTrue(printed.matches("(?s).*offtopic\\s+2\\s.*0\\.0 %\\n.*"), printed);
    }

    @Test
    void aMissingSetIsBadUsage() {
        assertEquals(2, run("--faq", "faq"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--set is required"));
    }

    @Test
    void anUnknownArgumentIsBadUsage() {
        assertEquals(2, run("--bogus"));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void anUnreadableSetIsReportedInOneLine() throws Exception {
        assertEquals(2, run("--faq", faq().toString(), "--set", dir.resolve("missing.jsonl").toString()));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void aMalformedLineIsNamedByNumber() throws Exception {
        Path set = dir.resolve("bad.jsonl");
        Files.writeString(set, "{\"text\": \"x\", \"expect\": null, \"level\": \"offtopic\"}\n{not json\n");
        assertEquals(2, run("--faq", faq().toString(), "--set", set.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(":2:"), err.toString(StandardCharsets.UTF_8));
    }
}
