package dev.digestbot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.json.JsonMapping;
import dev.digestbot.json.JsonProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a labelled set: UTF-8 JSON Lines {@code {"text", "expect", "level"}} (see
 * ../shared/eval/README.md), where {@code expect} names a digest item
 * ({@code {"digest", "question"}}) or an entry ({@code {"id"}}), or is null.
 */
public final class LabelledSet {

    private LabelledSet() {
    }

    /** The lines of the file; blank lines are skipped, a malformed one fails naming its number. */
    public static List<LabelledLine> read(Path file) throws IOException {
        List<LabelledLine> lines = new ArrayList<>();
        int number = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (raw.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JsonMapping.MAPPER.readTree(raw);
                JsonNode expect = node.path("expect");
                LabelledLine.Expected expected = !expect.isObject() ? null
                        : expect.has("id") ? LabelledLine.Expected.entry(expect.path("id").asText(null))
                        : LabelledLine.Expected.item(expect.path("digest").asText(null),
                                expect.path("question").asText(null));
                lines.add(new LabelledLine(number, node.path("text").asText(null), expected,
                        node.path("level").asText(null)));
            } catch (JsonProcessingException e) {
                throw new IOException(file + ":" + number + ": " + JsonProblem.describe(e), e);
            } catch (RuntimeException e) {
                throw new IOException(file + ":" + number + ": " + e.getMessage(), e);
            }
        }
        return lines;
    }
}
