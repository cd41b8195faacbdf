package dev.digestbot.faq;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads {@code projects.json} and {@code entries.json} with jackson-core's streaming parser. Data
 * binding would do it in a few lines, but loading and initializing it (several hundred classes)
 * cost a cold JVM more than half a second before the bot could serve.
 *
 * <p>It accepts what data binding accepted before it, so every file that loaded still loads:
 * numbers and booleans where a string is expected (as their JSON text), null or nothing for an
 * optional value or list, an integer written with a fraction (truncated) or as a string of
 * digits, the last of two equal keys, and anything after the array's closing bracket. It refuses unknown fields, values of
 * another kind, null list elements and whatever the records' constructors refuse, with a
 * {@link FaqFormatException} that names the file, the line, the field, what was found and what
 * was expected: {@code entries.json:12: source.item: "x" (expected: an integer)}.
 *
 * <p>One instance reads one file; not thread-safe.
 */
final class FaqReader {

    private static final JsonFactory JSON = new JsonFactory();

    /** Reads the value at the parser's current token; {@code path} names it in messages. */
    @FunctionalInterface
    private interface Element<T> {
        T read(String path) throws IOException, FaqFormatException;
    }

    /** Reads one element of the file's array, an object, at the reader's current token. */
    @FunctionalInterface
    private interface TopLevel<T> {
        T read(FaqReader reader) throws IOException, FaqFormatException;
    }

    private final Path file;
    private final JsonParser parser;

    private FaqReader(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** The projects of {@code json}, the content of {@code file}. */
    static List<Project> projects(Path file, byte[] json) throws FaqFormatException {
        return read(file, json, "projects", FaqReader::project);
    }

    /** The entries of {@code json}, the content of {@code file}. */
    static List<Entry> entries(Path file, byte[] json) throws FaqFormatException {
        return read(file, json, "entries", FaqReader::entry);
    }

    private static <T> List<T> read(Path file, byte[] json, String what, TopLevel<T> element)
            throws FaqFormatException {
        try (JsonParser parser = JSON.createParser(json)) {
            FaqReader reader = new FaqReader(file, parser);
            return reader.array(what, path -> element.read(reader));
        } catch (JsonProcessingException e) {
            throw malformed(file, e);
        } catch (IOException e) {
            throw new FaqFormatException(file, 0, e.getMessage());
        }
    }

    private static FaqFormatException malformed(Path file, JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new FaqFormatException(file, line, e.getOriginalMessage());
    }

    /** The file's one top-level array; what follows its closing bracket is not read. */
    private <T> List<T> array(String what, Element<T> element) throws IOException, FaqFormatException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new FaqFormatException(file, 1, "no content (expected: a JSON array of " + what + ")");
        }
        if (first != JsonToken.START_ARRAY) {
            throw unexpected("", "a JSON array of " + what);
        }
        return elements("", element);
    }

    private Project project() throws IOException, FaqFormatException {
        int line = startObject("");
        String name = null;
        String link = null;
        List<String> aliases = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "name" -> name = string(field);
                case "link" -> link = string(field);
                case "aliases" -> aliases = list(field, this::nonNullString);
                default -> throw unknownField(field, Project.class);
            }
        }
        try {
            return new Project(name, link, aliases);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw refused("", line, e);
        }
    }

    private Entry entry() throws IOException, FaqFormatException {
        int line = startObject("");
        String id = null;
        String question = null;
        List<String> alternates = null;
        String answer = null;
        String project = null;
        String link = null;
        Source source = null;
        List<Followup> followups = null;
        List<String> tags = null;
        String sameAs = null;
        String disabled = null;
        String updated = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = string(field);
                case "question" -> question = string(field);
                case "alternates" -> alternates = list(field, this::nonNullString);
                case "answer" -> answer = string(field);
                case "project" -> project = string(field);
                case "link" -> link = string(field);
                case "source" -> source = parser.currentToken() == JsonToken.VALUE_NULL ? null
                        : source(field + ".");
                case "followups" -> followups = list(field, path -> followup(path + "."));
                case "tags" -> tags = list(field, this::nonNullString);
                case "sameAs" -> sameAs = string(field);
                case "disabled" -> disabled = string(field);
                case "updated" -> updated = string(field);
                default -> throw unknownField(field, Entry.class);
            }
        }
        try {
            return new Entry(id, question, alternates, answer, project, link, source, followups,
                    tags, sameAs, disabled, updated);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw refused("", line, e);
        }
    }

    /** @param prefix the path of the object, with a trailing dot, such as {@code source.} */
    private Source source(String prefix) throws IOException, FaqFormatException {
        int line = startObject(prefix);
        String digest = null;
        Integer item = null;
        String date = null;
        String fingerprint = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "digest" -> digest = string(prefix + field);
                case "item" -> item = integer(prefix + field);
                case "date" -> date = string(prefix + field);
                case "fingerprint" -> fingerprint = string(prefix + field);
                default -> throw unknownField(prefix + field, Source.class);
            }
        }
        if (item == null) {
            throw new FaqFormatException(file, line, prefix + "item: missing (expected: an integer)");
        }
        try {
            return new Source(digest, item, date, fingerprint);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw refused(prefix, line, e);
        }
    }

    private Followup followup(String prefix) throws IOException, FaqFormatException {
        int line = startObject(prefix);
        String question = null;
        String answer = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "question" -> question = string(prefix + field);
                case "answer" -> answer = string(prefix + field);
                default -> throw unknownField(prefix + field, Followup.class);
            }
        }
        try {
            return new Followup(question, answer);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw refused(prefix, line, e);
        }
    }

    /** Checks that the current token opens an object and returns its line. */
    private int startObject(String prefix) throws IOException, FaqFormatException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw unexpected(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), "an object");
        }
        return line();
    }

    /** The next field's name, with the parser moved on to its value; null at the object's end. */
    private String nextField() throws IOException {
        if (parser.nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        String name = parser.currentName();
        parser.nextToken();
        return name;
    }

    /** A string, null, or a number or boolean as its JSON text. */
    private String string(String path) throws IOException, FaqFormatException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            throw unexpected(path, "a string");
        }
        return parser.getText();
    }

    private String nonNullString(String path) throws IOException, FaqFormatException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            throw unexpected(path, "a string");
        }
        return string(path);
    }

    /** An int: a number (a fraction is dropped) or a string of digits. */
    private int integer(String path) throws IOException, FaqFormatException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = parser.getDoubleValue();
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw unexpected(path, "an integer in " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE);
            }
            return token == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : (int) value;
        }
        if (token == JsonToken.VALUE_STRING) {
            try {
                return Integer.parseInt(parser.getText().trim());
            } catch (NumberFormatException e) {
                throw unexpected(path, "an integer");
            }
        }
        throw unexpected(path, "an integer");
    }

    /** A list, or null when the value is null. */
    private <T> List<T> list(String path, Element<T> element) throws IOException, FaqFormatException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw unexpected(path, "an array");
        }
        return elements(path, element);
    }

    /** The elements of the array whose start is the current token, up to its end. */
    private <T> List<T> elements(String path, Element<T> element) throws IOException, FaqFormatException {
        List<T> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(element.read(path + "[" + items.size() + "]"));
        }
        return items;
    }

    private FaqFormatException unexpected(String path, String expected) throws IOException {
        return new FaqFormatException(file, line(), (path.isEmpty() ? "" : path + ": ")
                + found() + " (expected: " + expected + ")");
    }

    /** The current value as a message shows it. */
    private String found() throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> '"' + shortened(parser.getText()) + '"';
            default -> parser.getText();
        };
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private FaqFormatException unknownField(String path, Class<? extends Record> type) {
        String known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.joining(", "));
        return new FaqFormatException(file, line(), path + ": unknown field (expected one of: " + known + ")");
    }

    /**
     * A record's constructor refused the values read: a null check names the missing field (its
     * message is the field's name), a range check names the field and the value.
     */
    private FaqFormatException refused(String prefix, int line, RuntimeException e) {
        if (e instanceof NullPointerException && e.getMessage() != null) {
            return new FaqFormatException(file, line, prefix + e.getMessage()
                    + ": missing (expected: a string)");
        }
        return new FaqFormatException(file, line, prefix + e.getMessage());
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }
}
