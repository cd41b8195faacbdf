package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Project;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer(ProjectAliases.of(List.of(
            new Project("SOFARPC", "https://github.com/sofastack/sofa-rpc", List.of("sofa rpc", "rpc")),
            new Project("SOFAJRaft", "https://github.com/sofastack/sofa-jraft", List.of("jraft")))));

    @Test
    void chineseRunsGiveUnigramsAndBigramsWithoutParticles() {
        assertEquals(List.of("全", "全局", "局", "局锁", "锁"), tokenizer.tokenize("全局锁的"));
    }

    @Test
    void identifiersAreKeptWholeAndSplit() {
        assertEquals(List.of("abstractroutingdatasource", "abstract", "routing", "data", "source"),
                tokenizer.tokenize("AbstractRoutingDataSource"));
        assertEquals(List.of("sharding-jdbc", "sharding", "jdbc"), tokenizer.tokenize("sharding-jdbc"));
    }

    @Test
    void projectSpellingsBecomeOneCanonicalToken() {
        assertEquals(List.of("sofarpc"), tokenizer.tokenize("sofa rpc"));
        assertEquals(List.of("sofarpc"), tokenizer.tokenize("SOFA-RPC"));
        assertEquals(List.of("sofajraft"), tokenizer.tokenize("jraft"));
        assertTrue(tokenizer.tokenize("SOFAJRaft-RheaKV").containsAll(List.of("sofajraft", "rheakv")));
    }

    @Test
    void functionWordsAndSingleLettersAreDropped() {
        assertEquals(List.of("timeout"), tokenizer.tokenize("what is a timeout"));
    }
}
