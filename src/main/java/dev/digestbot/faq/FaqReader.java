package dev.digestbot.faq;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.digestbot.json.JsonMapping;
import dev.digestbot.json.JsonProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code projects.json} and {@code entries.json}: the file's one top-level array, each
 * element bound to its record by the shared mapper ({@link JsonMapping}) and remembered with the
 * line it starts on, so that a rule an element breaks can be told with its line.
 *
 * <p>Refused, with a {@link FaqFormatException} naming the file, the line, the field, what was
 * found and what was expected ({@code entries.json:12: source.item: "x" (expected: an
 * integer)}): unknown fields, values of another kind, a key twice in one object, null list
 * elements and whatever the records' constructors refuse. Accepted as the reader always did:
 * numbers and booleans where text is expected (as their JSON text), null or nothing for an
 * optional value or list, an integer written with a fraction (dropped) or as a string of digits,
 * and anything after the array's closing bracket.
 */
final class FaqReader {

    private FaqReader() {
    }

    /** The projects of {@code json}, the content of {@code file}. */
    static FaqFile<Project> projects(Path file, byte[] json) throws FaqFormatException {
        return read(file, json, Project.class, "projects");
    }

    /** The entries of {@code json}, the content of {@code file}. */
    static FaqFile<Entry> entries(Path file, byte[] json) throws FaqFormatException {
        return read(file, json, Entry.class, "entries");
    }

    private static <T> FaqFile<T> read(Path file, byte[] json, Class<T> type, String what)
            throws FaqFormatException {
        // Each element is one value of the array, not a whole input: what follows it is the array's.
        ObjectReader reader = JsonMapping.MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = JsonMapping.MAPPER.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new FaqFormatException(file, 1, "no content (expected: a JSON array of " + what + ")");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new FaqFormatException(file, line(parser), JsonProblem.found(parser)
                        + " (expected: a JSON array of " + what + ")");
            }
            List<T> items = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = line(parser);
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new FaqFormatException(file, line, JsonProblem.found(parser) + " (expected: an object)");
                }
                try {
                    items.add(reader.readValue(parser));
                } catch (ValueInstantiationException e) {
                    // a constructor refused the object as a whole: its first line is the place
                    throw new FaqFormatException(file, line, JsonProblem.describe(e));
                }
                lines.add(line);
            }
            return new FaqFile<>(file, items, lines);
        } catch (JsonProcessingException e) {
            throw new FaqFormatException(file, JsonProblem.line(e), JsonProblem.describe(e));
        } catch (IOException e) {
            throw new FaqFormatException(file, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
