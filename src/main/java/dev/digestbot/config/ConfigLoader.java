package dev.digestbot.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.digestbot.json.JsonProblem;
import dev.digestbot.json.JsonStreaming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the settings once at start-up: the defaults {@link ConfigKeys} declares, then the JSON
 * file, then {@code DIGESTBOT_*} environment variables, then command-line overrides. The first bad
 * value stops the load with a message naming it.
 */
public final class ConfigLoader {

    /** Streaming only: the start-up path does not need the data-binding layer and its classes. */

    private ConfigLoader() {
    }

    /**
     * @param file the config file; when {@code required} is false a missing file means defaults
     * @param env the environment, usually {@code System.getenv()}
     * @param overrides dotted key → value, from the command line
     */
    public static BotConfig load(Path file, boolean required, Map<String, String> env,
            Map<String, String> overrides) throws ConfigException {
        Map<String, String> texts = new HashMap<>();
        readFile(file, required, texts);
        for (Setting<?> setting : ConfigKeys.ALL) {
            String fromEnv = env.get(setting.envName());
            if (fromEnv != null) {
                texts.put(setting.key(), fromEnv);
            }
        }
        for (String key : overrides.keySet()) {
            if (ConfigKeys.byKey(key) == null) {
                throw new IllegalArgumentException("no such setting: " + key);
            }
        }
        texts.putAll(overrides);
        return BotConfig.from(Settings.parse(texts));
    }

    private static void readFile(Path file, boolean required, Map<String, String> values)
            throws ConfigException {
        try (JsonParser parser = JsonStreaming.FACTORY.createParser(Files.readAllBytes(file))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ConfigException(file + ": expected a JSON object of sections");
            }
            flatten(file, "", parser, values);
            if (parser.nextToken() != null) {
                throw new ConfigException(file + ": not valid JSON at line "
                        + parser.currentLocation().getLineNr() + ": unexpected content after the object");
            }
        } catch (NoSuchFileException e) {
            if (required) {
                throw new ConfigException(file + ": file not found");
            }
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid JSON at line "
                    + JsonProblem.line(e) + ": " + JsonProblem.describe(e));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Reads the fields of the object the parser is at, nested objects as dotted keys. */
    private static void flatten(Path file, String prefix, JsonParser parser, Map<String, String> values)
            throws ConfigException, IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                flatten(file, key + ".", parser, values);
            } else if (ConfigKeys.byKey(key) == null) {
                throw new ConfigException(file + ": " + key + ": unknown setting");
            } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                values.put(key, parser.getText());
            } else {
                String found = value == JsonToken.START_ARRAY ? "an array" : "null";
                throw new ConfigException(key + ": " + found + " (expected: a string, number or boolean)");
            }
        }
    }
}
