package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlossaryTest {

    @Test
    void parsesGroupsAndSkipsCommentsAndBlankLines() {
        Glossary g = Glossary.parse(List.of("# terms", "", "snapshot: 快照, snapshots ,", "log:日志"));
        assertEquals(Map.of("snapshot", List.of("快照", "snapshots"), "log", List.of("日志")), g.spellings());
    }

    @Test
    void aLineWithoutCanonicalWordOrARepeatedOneIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Glossary.parse(List.of("snapshot: 快照", "快照 snapshot")));
        assertTrue(e.getMessage().startsWith("glossary line 2: 快照 snapshot"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Glossary.parse(List.of(": 快照")));
        assertThrows(IllegalArgumentException.class, () -> Glossary.parse(List.of("log: 日志", "log: logs")));
    }

    @Test
    void theStandardGlossaryGivesEachSpellingOneCanonicalWord() {
        Map<String, String> wordBySpelling = new HashMap<>();
        Glossary.STANDARD.spellings().forEach((word, spellings) -> {
            for (String spelling : spellings) {
                String previous = wordBySpelling.put(ProjectAliases.compact(spelling), word);
                assertTrue(previous == null || previous.equals(word), spelling + " is in " + previous + " and " + word);
            }
        });
        assertTrue(Glossary.STANDARD.spellings().size() > 50);
        assertEquals("snapshot", wordBySpelling.get("快照"));
    }
}
