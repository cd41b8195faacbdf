package dev.digestbot.config;

import java.util.HashMap;
import java.util.Map;

/** The value of every setting of {@link ConfigKeys}, each parsed and valid. */
final class Settings {

    private final Map<Setting<?>, Object> values;

    private Settings(Map<Setting<?>, Object> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * Each setting's text, else its default.
     *
     * @param texts dotted key to text, from the file, the environment and the command line
     */
    static Settings parse(Map<String, String> texts) throws ConfigException {
        Map<Setting<?>, Object> values = new HashMap<>();
        for (Setting<?> setting : ConfigKeys.ALL) {
            String text = texts.get(setting.key());
            values.put(setting, text == null ? setting.defaultValue() : setting.parse(text));
        }
        return new Settings(values);
    }

    @SuppressWarnings("unchecked") // parse put a T under every Setting<T>
    <T> T get(Setting<T> setting) {
        return (T) values.get(setting);
    }
}
