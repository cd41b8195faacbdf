package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectInferenceTest {

    @Test
    void anEntryNamingNoProjectTakesTheProjectItsNearestEntriesAgreeOn() {
        String[] inferred = infer(new String[] {null, "sofajraft", "sofajraft", "seata"},
                List.of("onapply", "snapshot", "statemachine"),
                List.of("onapply", "statemachine", "leader"),
                List.of("snapshot", "statemachine", "log"),
                List.of("undolog", "rollback"));
        assertArrayEquals(new String[] {"sofajraft", "sofajraft", "sofajraft", "seata"}, inferred);
    }

    @Test
    void anEntryWhoseNearestEntriesDisagreeStaysWithoutProject() {
        String[] inferred = infer(new String[] {null, "sofajraft", "seata"},
                List.of("timeout", "retry"),
                List.of("timeout", "leader"),
                List.of("retry", "rollback"));
        assertArrayEquals(new String[] {null, "sofajraft", "seata"}, inferred);
    }

    @Test
    void neighboursWithoutProjectDoNotOutvoteTheOnesWithOne() {
        String[] inferred = infer(new String[] {null, null, null, "sofajraft"},
                List.of("onapply", "snapshot", "statemachine"),
                List.of("onapply", "statemachine", "lock"),
                List.of("snapshot", "statemachine", "table"),
                List.of("onapply", "snapshot", "leader"));
        assertArrayEquals(new String[] {"sofajraft", "sofajraft", "sofajraft", "sofajraft"}, inferred);
    }

    @SafeVarargs
    private static String[] infer(String[] projects, List<String>... questions) {
        TermDictionary dictionary = new TermDictionary();
        List<InvertedIndex.Fields> docs = new ArrayList<>();
        Arrays.stream(questions).forEach(q -> docs.add(new InvertedIndex.Fields(q.stream().mapToInt(dictionary::id).toArray(), new int[0])));
        List<String> terms = dictionary.renumber(docs.stream().map(InvertedIndex.Fields::question).toList());
        return ProjectInference.infer(projects, docs, InvertedIndex.build(terms, docs));
    }
}
