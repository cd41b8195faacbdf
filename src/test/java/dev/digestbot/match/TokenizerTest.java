package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Project;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static final List<Project> PROJECTS = List.of(
            new Project("SOFARPC", "https://github.com/sofastack/sofa-rpc", List.of("sofa rpc", "rpc")),
            new Project("SOFAJRaft", "https://github.com/sofastack/sofa-jraft", List.of("jraft")));

    private final Tokenizer tokenizer = new Tokenizer(ProjectAliases.of(PROJECTS, Glossary.parse(List.of())));
    private final Tokenizer withGlossary = new Tokenizer(ProjectAliases.of(PROJECTS, Glossary.parse(List.of(
            "# a comment",
            "snapshot: 快照, snapshots",
            "transaction: 事务, transactional",
            "global: 全局",
            "threadpool: 线程池, thread pool",
            "remote: rpc, 远程"))));

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
    void projectSpellingsMatchOnlyWholeWords() {
        assertEquals(List.of("sofajraft"), tokenizer.tokenize("JRaft"));
        assertEquals(List.of("jraftx"), tokenizer.tokenize("jraftx"));
    }

    @Test
    void unitsCountEachCharacterOnceWithItsBigrams() {
        Tokenizer.Analysis a = tokenizer.analyze("选主节点");
        assertEquals(4, a.units().size());
        assertEquals(new Tokenizer.Unit("主", "选主", "主节"), a.units().get(1));
    }

    @Test
    void glossarySpellingsInChineseAndEnglishShareTheCanonicalWord() {
        assertEquals(List.of("snapshot"), withGlossary.tokenize("快照"));
        assertEquals(List.of("snapshot"), withGlossary.tokenize("Snapshots"));
        assertEquals(List.of("onsnapshot", "snapshot"), withGlossary.tokenize("onSnapshot"));
        assertEquals(List.of("global", "transaction"), withGlossary.tokenize("全局事务"));
        assertEquals(List.of("globaltransactional", "global", "transaction"),
                withGlossary.tokenize("GlobalTransactional"));
    }

    @Test
    void glossarySpellingsOfSeveralWordsAndInsideChineseRunsAreFound() {
        assertEquals(List.of("threadpool"), withGlossary.tokenize("thread pool"));
        assertEquals(List.of("threadpool", "满"), withGlossary.tokenize("线程池满了"));
        assertEquals(List.of("打", "打快", "快", "快照", "照"), tokenizer.tokenize("打快照"));
        assertEquals(List.of("打", "snapshot"), withGlossary.tokenize("打快照"));
    }

    @Test
    void aProjectSpellingWinsOverAGlossarySpelling() {
        assertEquals(List.of("sofarpc"), withGlossary.tokenize("rpc"));
    }

    @Test
    void functionWordsAndSingleLettersAreDropped() {
        assertEquals(List.of("timeout"), tokenizer.tokenize("what is a timeout"));
    }

    @Test
    void numbersAddressesAndPlaceholdersAreDetailsButVersionsAreNot() {
        for (String detail : List.of("8091", "178170994535436288", "xxx", "192.168.2.115", "10.x.x.x")) {
            assertTrue(Tokenizer.isDetail(detail), detail);
        }
        for (String word : List.of("1.4.2", "2.4.x", "jdk17", "x86", "xid")) {
            assertFalse(Tokenizer.isDetail(word), word);
        }
    }
}
