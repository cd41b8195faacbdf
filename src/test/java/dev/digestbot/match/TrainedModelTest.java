package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainedModelTest {

    @Test
    void aWrittenModelReadsBackTheSameToTheLastDigit() throws Exception {
        TrainedModel shipped = TrainedModel.shipped();
        StringWriter text = new StringWriter();
        shipped.write(text, List.of("a header"));

        TrainedModel read = TrainedModel.read(new StringReader(text.toString()));
        StringWriter again = new StringWriter();
        read.write(again, List.of("a header"));

        assertEquals(text.toString(), again.toString());
        assertEquals(shipped.policy(), read.policy());
        assertEquals(shipped.confidence().rankWeights(), read.confidence().rankWeights());
    }

    @Test
    void aMissingOrMalformedNumberIsNamed() throws Exception {
        StringWriter text = new StringWriter();
        TrainedModel.shipped().write(text, List.of());
        String withoutBm25 = text.toString().replaceFirst("(?m)^rank\\.BM25=.*\\n", "");
        assertEquals("rank.BM25: missing (expected: a number)", assertThrows(IllegalArgumentException.class,
                () -> TrainedModel.read(new StringReader(withoutBm25))).getMessage());
        String malformed = text.toString().replaceFirst("(?m)^policy\\.minMargin=.*$", "policy.minMargin=wide");
        assertEquals("policy.minMargin: \"wide\" (expected: a number)", assertThrows(IllegalArgumentException.class,
                () -> TrainedModel.read(new StringReader(malformed))).getMessage());
    }

    @Test
    void settingsOverrideOnlyTheThresholdsTheySet() {
        DecisionPolicy learned = new DecisionPolicy(0.7, 0.3, 0);
        assertEquals(learned, MatchSettings.defaults().policy(learned));
        assertEquals(new DecisionPolicy(0.9, 0.3, 0), new MatchSettings(0.9, null, null, 10).policy(learned));
        assertEquals(new DecisionPolicy(0.2, 0.2, 0), new MatchSettings(0.2, null, null, 10).policy(learned),
                "suggesting never needs more confidence than answering");
    }
}
