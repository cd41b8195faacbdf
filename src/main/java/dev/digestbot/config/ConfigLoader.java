package dev.digestbot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the settings once at start-up: the defaults of {@link ConfigKeys}, then the JSON file,
 * then {@code DIGESTBOT_*} environment variables, then command-line overrides. The first bad
 * value stops the load with a message naming it.
 */
public final class ConfigLoader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConfigLoader() {
    }

    /**
     * @param file the config file; when {@code required} is false a missing file means defaults
     * @param env the environment, usually {@code System.getenv()}
     * @param overrides dotted key → value, from the command line
     */
    public static BotConfig load(Path file, boolean required, Map<String, String> env,
            Map<String, String> overrides) throws ConfigException {
        Map<String, String> values = new LinkedHashMap<>();
        ConfigKeys.DEFAULTS.forEach((k, v) -> values.put(k, String.valueOf(v)));
        readFile(file, required, values);
        for (String key : ConfigKeys.DEFAULTS.keySet()) {
            String fromEnv = env.get(ConfigKeys.envName(key));
            if (fromEnv != null) {
                values.put(key, fromEnv);
            }
        }
        values.putAll(overrides);
        return BotConfig.from(new Settings(values));
    }

    private static void readFile(Path file, boolean required, Map<String, String> values)
            throws ConfigException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            if (required) {
                throw new ConfigException(file + ": file not found");
            }
            return;
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(file + ": expected a JSON object of sections");
        }
        flatten(file, "", root, values);
    }

    private static void flatten(Path file, String prefix, JsonNode node, Map<String, String> values)
            throws ConfigException {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(file, key + ".", value, values);
            } else if (!ConfigKeys.DEFAULTS.containsKey(key)) {
                throw new ConfigException(file + ": " + key + ": unknown setting");
            } else if (value.isContainerNode() || value.isNull()) {
                throw new ConfigException(key + ": " + value + " (expected: a string, number or boolean)");
            } else {
                values.put(key, value.asText());
            }
        }
    }
}
