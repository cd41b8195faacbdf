package dev.digestbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.json.JsonMapping;
import dev.digestbot.testing.TestBot;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 12: every example of the README's "Try it" section does what the README prints,
 * against the bot serving a copy of the shipped {@code faq/}. A printed answer shortened with "…"
 * is checked on what it shows in full: whether it answered, the reply and the entry's id.
 */
class ReadmeExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "\\$ curl -s localhost:8080(\\S+)[^\\n]*?(?:\\\\\\n\\s+-d '([^']*)')?\\n(.+)");
    private static final Pattern ENTRY_ID = Pattern.compile("\"entry\":\\{\"id\":\"([^\"]+)\"");

    @TempDir
    Path faq;

    /** One example: the path, the JSON body (null for a GET) and the output the README prints. */
    record Example(String path, String body, String printed) {
    }

    static List<Example> examples() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Try it"), readme.indexOf("## Command line"));
        List<Example> examples = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(section);
        while (m.find()) {
            examples.add(new Example(m.group(1), m.group(2), m.group(3).strip()));
        }
        return examples;
    }

    @Test
    void every_try_it_example_answers_what_the_readme_prints() throws Exception {
        Files.copy(Path.of("faq", "projects.json"), faq.resolve("projects.json"));
        Files.copy(Path.of("faq", "entries.json"), faq.resolve("entries.json"));
        List<Example> examples = examples();
        assertFalse(examples.size() < 5, "examples found: " + examples);
        try (TestBot bot = TestBot.start(faq, Map.of())) {
            for (Example e : examples) {
                HttpResponse<String> response = e.body() == null ? bot.get(e.path())
                        : bot.post(e.path(), "application/json", e.body().getBytes(StandardCharsets.UTF_8));
                JsonNode got = JsonMapping.MAPPER.readTree(response.body());
                if (e.printed().contains("…")) {
                    assertEquals(e.printed().contains("\"answered\":true"), got.get("answered").asBoolean(), e.path());
                    Matcher reply = Pattern.compile("\"reply\":(\"(?:[^\"\\\\]|\\\\.)*\")").matcher(e.printed());
                    reply.find();
                    assertEquals(JsonMapping.MAPPER.readTree(reply.group(1)), got.get("reply"), e.body());
                    Matcher id = ENTRY_ID.matcher(e.printed());
                    id.find();
                    assertEquals(id.group(1), got.get("entry").get("id").asText(), e.body());
                } else {
                    assertEquals(JsonMapping.MAPPER.readTree(e.printed()), got, e.path() + " " + e.body());
                }
            }
        }
    }
}
