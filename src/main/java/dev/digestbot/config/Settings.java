package dev.digestbot.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Effective setting values as text, with typed readers that validate. Every failure message reads
 * {@code key: value (expected: ...)}.
 */
public final class Settings {

    private final Map<String, String> values;

    Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public String string(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no such setting: " + key);
        }
        return value;
    }

    public String nonBlank(String key) throws ConfigException {
        String value = string(key);
        if (value.isBlank()) {
            throw invalid(key, value, "a non-empty string");
        }
        return value;
    }

    public int integer(String key, int min, int max) throws ConfigException {
        String value = string(key).trim();
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw invalid(key, value, "an integer in " + min + ".." + max);
    }

    /** A number in the range, or null when the value is empty ("use the learned one"). */
    public Double optionalDecimal(String key, double min, double max) throws ConfigException {
        if (string(key).isBlank()) {
            return null;
        }
        String value = string(key).trim();
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw invalid(key, value, "empty for the learned value, or a number in " + min + ".." + max);
    }

    public boolean bool(String key) throws ConfigException {
        String value = string(key).trim();
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(key, value, "true or false");
        };
    }

    public String oneOf(String key, String... allowed) throws ConfigException {
        String value = string(key).trim();
        if (Arrays.asList(allowed).contains(value)) {
            return value;
        }
        throw invalid(key, value, "one of " + String.join(", ", List.of(allowed)));
    }

    static ConfigException invalid(String key, String value, String expected) {
        return new ConfigException(key + ": " + value + " (expected: " + expected + ")");
    }
}
