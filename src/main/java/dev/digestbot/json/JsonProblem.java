package dev.digestbot.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a JSON input in the project's words, never Jackson's: the field's path,
 * what was found and what was expected ({@code source.item: "x" (expected: an integer)}), or the
 * syntax mistake ({@code unexpected character '}' (expected: a value)}). No class name, no
 * library setting and no source excerpt ever reaches a message.
 */
public final class JsonProblem {

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.defaults();
    private static final int SHOWN = 40;
    private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\((.{1,40}?)\\) out of range");
    private static final String TRAILING = "more content after the value (expected: one JSON value)";

    /** Jackson's syntax messages worth rewording, each with its rewording. */
    private static final List<Map.Entry<Pattern, Function<Matcher, String>>> SYNTAX = List.of(
            rule("Unexpected character \\('(.+)' \\(code \\d+\\)\\): expected a (?:valid )?value.*",
                    m -> "unexpected character '" + m.group(1) + "' (expected: a value)"),
            rule("Unexpected character \\('(.+)' \\(code \\d+\\)\\): was expecting comma to separate Object entries.*",
                    m -> "unexpected character '" + m.group(1) + "' (expected: a comma between two fields or the end of the object)"),
            rule("Unexpected character \\('(.+)' \\(code \\d+\\)\\): was expecting comma to separate Array entries.*",
                    m -> "unexpected character '" + m.group(1) + "' (expected: a comma between two elements or the end of the array)"),
            rule("Unexpected character \\('(.+)' \\(code \\d+\\)\\): was expecting double-quote to start field name.*",
                    m -> "unexpected character '" + m.group(1) + "' (expected: a field name in double quotes)"),
            rule("Unexpected character \\('(.+)' \\(code \\d+\\)\\): was expecting a colon to separate field name and value.*",
                    m -> "unexpected character '" + m.group(1) + "' (expected: a colon after the field name)"),
            rule("Unexpected character \\('(.+)' \\(code \\d+\\)\\).*",
                    m -> "unexpected character '" + m.group(1) + "'"),
            rule("Unrecognized token '(.*)': was expecting.*",
                    m -> "unexpected word '" + shortened(m.group(1)) + "' (expected: a string, number, array, object, true, false or null)"),
            rule("Illegal unquoted character .*",
                    m -> "a control character inside a string (expected: it escaped, such as \\n or \\u0001)"),
            rule("Unrecognized character escape .*",
                    m -> "an unknown escape in a string (expected: one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits)"),
            rule("Trailing token .*",
                    m -> TRAILING));

    private JsonProblem() {
    }

    private static Map.Entry<Pattern, Function<Matcher, String>> rule(String regex, Function<Matcher, String> words) {
        return Map.entry(Pattern.compile(regex, Pattern.DOTALL), words);
    }

    /** 1-based line of the problem in the input, 0 when unknown. */
    public static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    /** What is wrong, without the line. */
    public static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException limit) {
            return overLimit(limit);
        }
        if (e instanceof JsonEOFException) {
            return "the text ends too early (expected: the rest of an object, array or string)";
        }
        if (e instanceof JsonParseException && e.getOriginalMessage().startsWith("Duplicate field")) {
            return path(e, "") + "duplicate key (expected: each key once in an object)";
        }
        if (e.getOriginalMessage().startsWith("Trailing token")) {
            return TRAILING;
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return path(e, "") + "unknown field (expected one of: " + fieldsOf(unknown) + ")";
        }
        if (e instanceof KindMismatch mismatch) {
            return path(e, "") + mismatch.found() + " (expected: " + kind(mismatch.getTargetType()) + ")";
        }
        if (e instanceof InvalidNullException nullElement) {
            return path(e, "") + "null (expected: " + kind(nullElement.getTargetType()) + ")";
        }
        if (e instanceof ValueInstantiationException refused) {
            return refused(refused);
        }
        if (e.getCause() instanceof InputCoercionException range) {
            Matcher number = OUT_OF_RANGE.matcher(range.getOriginalMessage());
            return path(e, "") + (number.lookingAt() ? number.group(1) : "a number") + " (expected: " + kind(range.getTargetType()) + " in "
                    + rangeOf(range.getTargetType()) + ")";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return path(e, "") + found(e) + " (expected: " + kind(mismatch.getTargetType()) + ")";
        }
        if (e.getCause() instanceof JsonProcessingException inner) {
            return describe(inner);
        }
        return syntax(e.getOriginalMessage());
    }

    private static String overLimit(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Document nesting depth")) {
            return "nested too deeply (expected: at most " + LIMITS.getMaxNestingDepth() + " levels of arrays and objects)";
        }
        if (message.startsWith("Number value length")) {
            return "a number too long (expected: at most " + LIMITS.getMaxNumberLength() + " digits)";
        }
        if (message.startsWith("String value length")) {
            return "a string too long (expected: at most " + LIMITS.getMaxStringLength() + " characters)";
        }
        if (message.startsWith("Name length")) {
            return "a field name too long (expected: at most " + LIMITS.getMaxNameLength() + " characters)";
        }
        return "too large to read";
    }

    private static String syntax(String message) {
        for (Map.Entry<Pattern, Function<Matcher, String>> rule : SYNTAX) {
            Matcher m = rule.getKey().matcher(message);
            if (m.matches()) {
                return rule.getValue().apply(m);
            }
        }
        return "not valid JSON";
    }

    /**
     * A record's constructor refused the values read: a null check names the missing component
     * (its message is the component's name), a range check names the field and the value.
     */
    private static String refused(ValueInstantiationException e) {
        String prefix = path(e, ".");
        Throwable cause = e.getCause();
        if (cause instanceof NullPointerException && cause.getMessage() != null) {
            Class<?> type = e.getType().getRawClass();
            Class<?> component = type.isRecord() ? Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(cause.getMessage())).findFirst()
                    .<Class<?>>map(RecordComponent::getType).orElse(String.class) : String.class;
            return prefix + cause.getMessage() + ": missing (expected: " + kind(component) + ")";
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return prefix + cause.getMessage();
        }
        return path(e, "") + "a value that cannot be used here";
    }

    /**
     * The path of the value the problem is about, as {@code source.item: } or
     * {@code alternates[2]: }; empty at the top. {@code end} follows a non-empty path.
     */
    private static String path(JsonProcessingException e, String end) {
        if (!(e instanceof JsonMappingException mapping)) {
            try {
                String name = e.getProcessor() instanceof JsonParser parser ? parser.currentName() : null;
                return name == null ? "" : name + ": ";
            } catch (IOException unreadable) {
                return "";
            }
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (path.length() == 0) {
            return "";
        }
        return end.equals(".") ? path + "." : path + ": ";
    }

    private static String found(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser ? found(parser) : "a value";
    }

    /** The value at the parser's current token, as a message shows it: {@code "text"}, {@code an array}. */
    public static String found(JsonParser parser) {
        return found(parser.currentToken(), parser);
    }

    /** The value a token starts, as a message shows it; {@code parser} is at that token. */
    static String found(JsonToken token, JsonParser parser) {
        try {
            if (token == null || token == JsonToken.END_OBJECT || token == JsonToken.FIELD_NAME) {
                return "missing";
            }
            return switch (token) {
                case START_ARRAY -> "an array";
                case START_OBJECT -> "an object";
                case VALUE_STRING -> quoted(parser.getText());
                default -> shortened(parser.getText());
            };
        } catch (IOException unreadable) {
            return "a value";
        }
    }

    /** How a message names the JSON kind a Java type is read from. */
    public static String kind(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String rangeOf(Class<?> type) {
        return type == long.class || type == Long.class ? Long.MIN_VALUE + ".." + Long.MAX_VALUE
                : Integer.MIN_VALUE + ".." + Integer.MAX_VALUE;
    }

    private static String fieldsOf(UnrecognizedPropertyException e) {
        Class<?> type = e.getReferringClass();
        if (type != null && type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.joining(", "));
        }
        return e.getKnownPropertyIds() == null ? "none" : e.getKnownPropertyIds().stream()
                .map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    static String quoted(String text) {
        return '"' + shortened(text) + '"';
    }

    private static String shortened(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
