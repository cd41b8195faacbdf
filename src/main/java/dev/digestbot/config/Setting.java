package dev.digestbot.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One setting as {@link ConfigKeys} declares it: its dotted key, its type and allowed values, its
 * default and what it means. The environment name, the parsing and its error message, the
 * shipped {@code config/digestbot.json} and the README's table row all follow from it.
 *
 * @param <T> the type of its value
 */
public final class Setting<T> {

    /** A lower-case letter or digit followed by an upper-case letter: a camelCase word break. */
    private static final Pattern WORD_BREAK = Pattern.compile("([a-z0-9])([A-Z])");

    private final String key;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final String expected;
    private final String meaning;

    /**
     * @param parser the value of a text, or null when the text is not one
     * @param expected what a valid text is, for the error message
     */
    private Setting(String key, T defaultValue, Function<String, T> parser, String expected, String meaning) {
        this.key = Objects.requireNonNull(key, "key");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.parser = parser;
        this.expected = expected;
        this.meaning = meaning;
        if (!defaultValue.equals(parser.apply(text(defaultValue)))) {
            throw new IllegalArgumentException(key + ": the default " + defaultValue + " is not " + expected);
        }
    }

    static Setting<Integer> integer(String key, int defaultValue, int min, int max, String meaning) {
        return range(key, defaultValue, min, max, Integer::valueOf, "an integer in ", meaning);
    }

    static Setting<Double> decimal(String key, double defaultValue, double min, double max, String meaning) {
        return range(key, defaultValue, min, max, Double::valueOf, "a number in ", meaning);
    }

    private static <N extends Comparable<N>> Setting<N> range(String key, N defaultValue, N min, N max,
            Function<String, N> number, String kind, String meaning) {
        return new Setting<>(key, defaultValue, text -> {
            try {
                N value = number.apply(text.strip());
                return value.compareTo(min) >= 0 && value.compareTo(max) <= 0 ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }, kind + min + ".." + max, meaning);
    }

    /**
     * A number in the range, or empty for a value the component chooses itself.
     *
     * @param empty what an empty text stands for
     */
    static Setting<Optional<Double>> optionalDecimal(String key, double min, double max, String empty,
            String meaning) {
        Setting<Double> number = decimal(key, min, min, max, meaning);
        return new Setting<>(key, Optional.empty(), text -> {
            if (text.isBlank()) {
                return Optional.empty();
            }
            Double value = number.parser.apply(text);
            return value == null ? null : Optional.of(value);
        }, "empty for " + empty + ", or " + number.expected, meaning);
    }

    static Setting<Boolean> flag(String key, boolean defaultValue, String meaning) {
        return new Setting<>(key, defaultValue, text -> switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> null;
        }, "true or false", meaning);
    }

    /** Any text, the empty one included: tokens, keys and URLs that are off while empty. */
    static Setting<String> text(String key, String defaultValue, String meaning) {
        return new Setting<>(key, defaultValue, text -> text, "a string", meaning);
    }

    static Setting<String> nonBlank(String key, String defaultValue, String meaning) {
        return new Setting<>(key, defaultValue, text -> text.isBlank() ? null : text,
                "a non-empty string", meaning);
    }

    static Setting<Path> path(String key, String defaultValue, String meaning) {
        return new Setting<>(key, Path.of(defaultValue), text -> {
            try {
                return text.isBlank() ? null : Path.of(text);
            } catch (InvalidPathException e) {
                return null;
            }
        }, "a folder path", meaning);
    }

    /** One of the enum's constants, written in lower case. */
    static <E extends Enum<E>> Setting<E> oneOf(String key, E defaultValue, String meaning) {
        List<E> constants = List.of(defaultValue.getDeclaringClass().getEnumConstants());
        return new Setting<>(key, defaultValue,
                text -> constants.stream().filter(c -> text(c).equals(text.strip())).findFirst().orElse(null),
                "one of " + String.join(", ", constants.stream().map(Setting::text).toList()), meaning);
    }

    /** One of the given words. */
    static Setting<String> oneOf(String key, String defaultValue, List<String> allowed, String meaning) {
        return new Setting<>(key, defaultValue, text -> allowed.contains(text.strip()) ? text.strip() : null,
                "one of " + String.join(", ", allowed), meaning);
    }

    public String key() {
        return key;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** What a valid text is: {@code an integer in 0..65535}. */
    String expected() {
        return expected;
    }

    /** What the setting means, as the README's table says it. */
    public String meaning() {
        return meaning;
    }

    /** {@code wechat.aesKey} → {@code DIGESTBOT_WECHAT_AES_KEY}. */
    public String envName() {
        String snake = WORD_BREAK.matcher(key.replace('.', '_')).replaceAll("$1_$2");
        return "DIGESTBOT_" + snake.toUpperCase(Locale.ROOT);
    }

    /** The default as the config file writes it. */
    public String defaultText() {
        return text(defaultValue);
    }

    /** The value of a text from the file, the environment or the command line. */
    T parse(String text) throws ConfigException {
        T value = parser.apply(text);
        if (value == null) {
            throw invalid(text);
        }
        return value;
    }

    /** Checks a value built in code against the declaration, for the records' constructors. */
    T require(T value) {
        if (value == null || !value.equals(parser.apply(text(value)))) {
            throw new IllegalArgumentException(key + ": " + value + " (expected: " + expected + ")");
        }
        return value;
    }

    ConfigException invalid(String text) {
        return invalid(text, expected);
    }

    /** The error for a text that breaks a rule beyond this setting's own (one between settings). */
    ConfigException invalid(String text, String expectation) {
        return new ConfigException(key + ": " + text + " (expected: " + expectation + ")");
    }

    private static String text(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(Setting::text).orElse("");
        }
        return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(value);
    }

    @Override
    public String toString() {
        return key;
    }
}
