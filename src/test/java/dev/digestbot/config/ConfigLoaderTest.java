package dev.digestbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.chat.TriggerMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final Path SHIPPED = Path.of("config", "digestbot.json");

    @TempDir
    Path dir;

    private BotConfig load(String json, Map<String, String> env) throws Exception {
        Path file = dir.resolve("digestbot.json");
        Files.writeString(file, json);
        return ConfigLoader.load(file, true, env, Map.of());
    }

    @Test
    void the_shipped_file_holds_every_setting_with_its_default() throws Exception {
        Map<String, String> shipped = new HashMap<>();
        flatten("", new ObjectMapper().readTree(SHIPPED.toFile()), shipped);
        Map<String, String> defaults = new HashMap<>();
        ConfigKeys.ALL.forEach(setting -> defaults.put(setting.key(), setting.defaultText()));
        assertEquals(defaults, shipped);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isObject()) {
                flatten(prefix + f.getKey() + ".", f.getValue(), out);
            } else {
                out.put(prefix + f.getKey(), f.getValue().asText());
            }
        }
    }

    @Test
    void a_missing_optional_file_means_defaults() throws Exception {
        BotConfig config = ConfigLoader.load(dir.resolve("absent.json"), false, Map.of(), Map.of());
        assertEquals("127.0.0.1", config.server().host());
        assertEquals(8080, config.server().port());
        assertEquals(65536, config.server().maxBodyBytes());
        assertEquals(Path.of("faq"), config.faqDir());
    }

    @Test
    void a_missing_required_file_is_an_error() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(dir.resolve("absent.json"), true, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("absent.json"), e.getMessage());
    }

    @Test
    void the_environment_overrides_the_file_and_the_command_line_overrides_both() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"server\":{\"port\":9000,\"host\":\"0.0.0.0\"}}");
        BotConfig config = ConfigLoader.load(file, true,
                Map.of("DIGESTBOT_SERVER_PORT", "9100", "DIGESTBOT_SERVER_MAX_BODY_BYTES", "2048"),
                Map.of("server.port", "9200"));
        assertEquals(9200, config.server().port());
        assertEquals("0.0.0.0", config.server().host());
        assertEquals(2048, config.server().maxBodyBytes());
    }

    @Test
    void env_names_are_upper_snake_case_of_the_key() {
        assertEquals("DIGESTBOT_SERVER_PORT", ConfigKeys.SERVER_PORT.envName());
        assertEquals("DIGESTBOT_WECHAT_AES_KEY", ConfigKeys.WECHAT_AES_KEY.envName());
        assertEquals("DIGESTBOT_MATCH_ANSWER_THRESHOLD", ConfigKeys.MATCH_ANSWER_THRESHOLD.envName());
    }

    @Test
    void every_setting_can_be_set_from_the_environment_and_bad_values_name_the_expectation() {
        for (Setting<?> setting : ConfigKeys.ALL) {
            try {
                setting.parse(" ");
                continue; // tokens, keys and thresholds: a blank text means off or learned
            } catch (ConfigException e) {
                // the case this test is about
            }
            ConfigException e = assertThrows(ConfigException.class,
                    () -> load("{}", Map.of(setting.envName(), " ")), setting.key());
            assertEquals(setting.key() + ":   (expected: " + setting.expected() + ")", e.getMessage());
        }
    }

    /** Issue 15: ChatSettings.of said MENTION while the config said all. */
    @Test
    void the_defaults_are_the_declared_ones_with_one_trigger() throws Exception {
        BotConfig defaults = BotConfig.defaults();
        assertEquals(ConfigKeys.CHAT_TRIGGER.defaultValue(), defaults.chat().trigger());
        assertEquals(TriggerMode.ALL, defaults.chat().trigger());
        assertEquals(defaults, ConfigLoader.load(dir.resolve("absent.json"), false, Map.of(), Map.of()));
    }

    /** It used to escape as an InvalidPathException: a stack trace instead of one line and exit 2. */
    @Test
    void a_faq_folder_that_is_not_a_path_is_a_config_error() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(dir.resolve("absent.json"), false, Map.of(), Map.of("faq.dir", "a\0b")));
        assertEquals("faq.dir: a\0b (expected: a folder path)", e.getMessage());
    }

    @Test
    void records_built_in_code_are_held_to_the_declared_ranges() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FaqSettings(0, true, 250));
        assertEquals("faq.keepVersions: 0 (expected: an integer in 1..1000)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AdminSettings("", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings("127.0.0.1", 70_000, 65536, 8192, 5_000, 10_000, 60, 64, 8, 2, 10_000));
    }

    @Test
    void an_out_of_range_value_names_key_value_and_expectation() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load("{\"server\":{\"port\":70000}}", Map.of()));
        assertEquals("server.port: 70000 (expected: an integer in 0..65535)", e.getMessage());
    }

    @Test
    void a_bad_environment_value_is_reported_like_a_file_value() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load("{}", Map.of("DIGESTBOT_MATCH_ANSWER_THRESHOLD", "high")));
        assertEquals("match.answerThreshold: high (expected: empty for the learned value, or a number in 0.0..1.0)", e.getMessage());
    }

    @Test
    void thresholds_must_be_ordered() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load("{\"match\":{\"answerThreshold\":0.3,\"suggestThreshold\":0.5}}", Map.of()));
        assertTrue(e.getMessage().startsWith("match.suggestThreshold: 0.5"), e.getMessage());
    }

    @Test
    void an_unknown_key_is_an_error_naming_it() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load("{\"server\":{\"prot\":8080}}", Map.of()));
        assertTrue(e.getMessage().endsWith("server.prot: unknown setting"), e.getMessage());
    }

    @Test
    void a_file_that_is_not_one_object_of_sections_is_an_error() {
        for (String json : new String[] {"[]", "7", "{\"server\":{\"port\":8080}} {}"}) {
            ConfigException e = assertThrows(ConfigException.class, () -> load(json, Map.of()), json);
            assertTrue(e.getMessage().contains("object of sections") || e.getMessage().contains("after the object"),
                    e.getMessage());
        }
    }

    @Test
    void malformed_json_names_the_line() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load("{\n\"server\": {\n\"port\": ,\n}}", Map.of()));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void a_section_value_that_is_not_a_scalar_is_an_error() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load("{\"server\":{\"host\":[\"a\"]}}", Map.of()));
        assertTrue(e.getMessage().startsWith("server.host: "), e.getMessage());
    }
}
