package dev.digestbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's configuration table is the declaration of {@link ConfigKeys}, row for row. */
class ReadmeTableTest {

    private static final String HEADER = "| key | default | allowed | meaning |";

    @Test
    void the_readme_table_lists_every_declared_setting_as_declared() throws Exception {
        List<String> expected = new ArrayList<>(List.of(HEADER, "| --- | --- | --- | --- |"));
        for (Setting<?> setting : ConfigKeys.ALL) {
            String shown = setting.defaultText().isEmpty() ? "empty" : "`" + setting.defaultText() + "`";
            expected.add("| `" + setting.key() + "` | " + shown + " | " + setting.expected() + " | "
                    + setting.meaning() + " |");
        }

        assertEquals(String.join("\n", expected), String.join("\n", readmeTable()),
                "paste the expected table into README.md's Configuration section");
    }

    private static List<String> readmeTable() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf(HEADER);
        List<String> table = new ArrayList<>();
        for (int i = start; start >= 0 && i < lines.size() && lines.get(i).startsWith("|"); i++) {
            table.add(lines.get(i));
        }
        return table;
    }
}
