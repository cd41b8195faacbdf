package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.Followup;
import dev.digestbot.faq.Project;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTest {

    private static Entry entry(String id, String question, String answer, String project) {
        return new Entry(id, question, List.of(), answer, project, null, null, List.of(), List.of(), null, null, null);
    }

    static final FaqSnapshot FAQ = new FaqSnapshot(3, List.of(
            new Project("Seata", "https://github.com/seata/seata", List.of("seata")),
            new Project("SOFARPC", "https://github.com/sofastack/sofa-rpc", List.of("sofa rpc")),
            new Project("SOFAJRaft", "https://github.com/sofastack/sofa-jraft", List.of("jraft"))),
            List.of(
                    entry("a-1", "Seata 的全局锁和 MySQL 本地锁是什么关系？", "全局锁由 TC 管理。", "Seata"),
                    entry("a-2", "SOFARPC 能发布一个 https 协议的服务吗？", "https 不行，h2 可以。", "SOFARPC"),
                    entry("a-3", "SOFAJRaft 可以只用来选主吗？", "可以，只实现状态机即可。", "SOFAJRaft"),
                    entry("b-1", "Seata AT 模式支持 Oracle 吗？", "支持。", "Seata"),
                    entry("b-2", "SOFARPC 能发布一个 https 协议的服务吗？<br />", "h2 可以。", "SOFARPC"),
                    entry("c-1", "MOSN 支持哪些协议？", "HTTP1、HTTP2、Dubbo、SOFARPC 等。", null)));

    private final Matcher matcher = Matcher.build(FAQ, MatchSettings.defaults());

    @Test
    void aFollowUpQuestionIsAnsweredWithItsOwnTurn() {
        Entry grouplist = new Entry("g-1", "什么时候会用到 file.conf 中的 default.grouplist？", List.of(),
                "当 registry.type=file 时会用到，其他时候不读。", "Seata", null, null,
                List.of(new Followup("default.grouplist 的值列表是否可以配置多个？", "可以配置多个，配置多个意味着集群。"),
                        new Followup("是否推荐使用 default.grouplist？", "不推荐，建议使用真正的注册中心。")),
                List.of(), null, null, null);
        FaqSnapshot faq = new FaqSnapshot(1, FAQ.projects(), List.of(grouplist, FAQ.entry("a-1").orElseThrow()));
        Matcher small = Matcher.build(faq, MatchSettings.defaults());

        Decision turn = small.match("seata 的 default.grouplist 能配置多个值吗");
        assertEquals(Decision.Verdict.ANSWER, turn.verdict());
        assertEquals(0, turn.followup());
        assertEquals("可以配置多个，配置多个意味着集群。", turn.answerText());

        Decision main = small.match("seata 什么时候会用到 file.conf 里的 default.grouplist");
        assertEquals(Decision.Verdict.ANSWER, main.verdict());
        assertEquals(-1, main.followup());
        assertEquals("当 registry.type=file 时会用到，其他时候不读。", main.answerText());
    }

    @Test
    void aColloquialQuestionIsAnsweredWithItsEntry() {
        Decision d = matcher.match("@小助手\u2005sofa rpc 能发 https 服务吗");
        assertEquals(Decision.Verdict.ANSWER, d.verdict());
        assertEquals("a-2", d.entry().id());
    }

    @Test
    void nearDuplicateEntriesDoNotSplitTheVote() {
        Decision d = matcher.match("sofarpc 能不能发布 https 协议的服务");
        assertEquals(Decision.Verdict.ANSWER, d.verdict());
        assertEquals(1, d.candidates().stream().filter(c -> c.entry().id().startsWith("a-2")
                || c.entry().id().equals("b-2")).count());
        assertTrue(matcher.nearDuplicates(FAQ.entry("a-2").orElseThrow(), FAQ.entry("b-2").orElseThrow()));
    }

    private static Entry stamped(String id, String question, String answer, String sameAs, String updated) {
        return new Entry(id, question, List.of("seata at 模式 oracle 支持吗"), answer, "Seata", null, null, List.of(),
                List.of(), sameAs, null, updated);
    }

    /** Issue 16, item 7: an operator's fix to one of two twins must be what the group hears. */
    @Test
    void ofTwinsTheEntryEditedLastAnswersWhicheverOneMatches() {
        Entry untouched = stamped("a-old", "Seata AT 模式支持 Oracle 吗？", "不支持。", null, "2021-01-01T00:00:00Z");
        Entry edited = stamped("b-new", "Seata AT 模式支持 Oracle 吗？", "支持，1.0 起。", "a-old", "2026-01-01T00:00:00Z");
        FaqSnapshot faq = new FaqSnapshot(1, FAQ.projects(), List.of(untouched, edited, FAQ.entry("a-1").orElseThrow()));

        Decision d = Matcher.build(faq, MatchSettings.defaults()).match("seata at 模式支持 oracle 吗");

        assertEquals(Decision.Verdict.ANSWER, d.verdict());
        assertEquals("b-new", d.entry().id());
        assertEquals(1, d.candidates().stream().filter(c -> c.entry().id().startsWith("a-old")
                || c.entry().id().equals("b-new")).count(), "twins are one candidate");
    }

    /** Issue 14, item 6: a runner-up giving the same answer is the same answer, not a rival. */
    @Test
    void aRunnerUpWithTheSameAnswerDoesNotLowerTheConfidence() {
        Entry a = stamped("x-1", "Seata AT 模式支持 Oracle 吗？", "支持。", null, null);
        Entry b = stamped("x-2", "Seata 的 AT 模式能用在 Oracle 上吗？", "支持。", null, null);
        Entry other = FAQ.entry("a-1").orElseThrow();
        String message = "seata at 模式能不能用 oracle";

        double alone = Matcher.build(new FaqSnapshot(1, FAQ.projects(), List.of(a, other)), MatchSettings.defaults())
                .match(message).score();
        double withTwin = Matcher.build(new FaqSnapshot(1, FAQ.projects(), List.of(a, b, other)),
                MatchSettings.defaults()).match(message).score();

        assertEquals(alone, withTwin, 0.05);
    }

    @Test
    void anExplanationNamesEverySignalOfEveryCandidate() {
        Matcher.Explanation e = matcher.explain("sofarpc 能不能发布 https 协议的服务");
        assertFalse(e.assessed().isEmpty());
        assertEquals(java.util.EnumSet.allOf(Feature.class), e.assessed().get(0).candidate().features().asMap().keySet());
        assertEquals(e.decision().candidates().get(0).entry(), e.assessed().get(0).candidate().entry());
    }

    @Test
    void aDisabledEntryIsNeverAnsweredNorSuggested() {
        Entry off = FAQ.entry("a-3").orElseThrow();
        off = new Entry(off.id(), off.question(), off.alternates(), off.answer(), off.project(), null, null,
                List.of(), List.of(), null, "only points at a lost screenshot", null);
        FaqSnapshot faq = new FaqSnapshot(4, FAQ.projects(), List.of(off, FAQ.entry("a-1").orElseThrow()));

        Decision d = Matcher.build(faq, MatchSettings.defaults()).match("SOFAJRaft 可以只用来选主吗？");

        assertFalse(d.answered());
        assertTrue(d.candidates().stream().noneMatch(c -> c.entry().id().equals("a-3")), d.candidates().toString());
    }

    @Test
    void anUnrelatedTechQuestionIsNotAnswered() {
        assertFalse(matcher.match("git rebase 冲突了怎么撤销").answered());
    }

    @Test
    void releaseNewsIsNotAnsweredAndNeedsNoMatching() {
        Matcher fresh = Matcher.build(FAQ, MatchSettings.defaults());
        assertEquals(Decision.Verdict.NONE, fresh.cached("恭喜 Seata AT 模式支持 Oracle 了").orElseThrow().verdict());
        assertEquals(Decision.Verdict.NONE, fresh.match("恭喜 Seata AT 模式支持 Oracle 了").verdict());
        assertEquals(Decision.Verdict.ANSWER, fresh.match("Seata AT 模式支持 Oracle 吗").verdict());
    }

    @Test
    void atMostThreeCandidatesAreOffered() {
        assertTrue(matcher.match("seata sofarpc jraft mosn 全局锁 选主 https 协议").candidates().size() <= 3);
    }

    @Test
    void chitChatIsNotAnswered() {
        for (String text : List.of("谢谢大佬", "收到，我试试", "👍👍👍", "ok", "")) {
            assertEquals(Decision.Verdict.NONE, matcher.match(text).verdict(), text);
        }
    }

    @Test
    void anyTextGivesADecision() {
        assertEquals(Decision.Verdict.NONE, matcher.match(null).verdict());
        assertTrue(matcher.match("锁".repeat(100_000)).candidates().size() <= 3);
        assertTrue(matcher.match("\uD83D\uDE00 \uD800 ＠ \u2005").candidates().isEmpty());
    }

    @Test
    void aProjectNamedOnlyInAnAnswersLinkAgreesWithAMessageNamingIt() {
        FaqSnapshot faq = new FaqSnapshot(1, List.of(
                new Project("SOFABoot", "https://github.com/sofastack/sofa-boot", List.of("sofaboot")),
                new Project("SOFAArk", "https://github.com/sofastack/sofa-ark", List.of("sofaark", "sofa-ark"))),
                List.of(entry("linked", "事件处理器怎么注册进容器？", "见 https://www.sofastack.tech/projects/sofa-boot/sofa-ark-ark-event/",
                                "SOFABoot"),
                        entry("unlinked", "事件处理器怎么注册？", "实现接口即可。", "SOFABoot")));
        Decision d = Matcher.build(faq, MatchSettings.defaults()).match("sofaark 事件处理器怎么注册");
        assertEquals("linked", d.candidates().get(0).entry().id());
    }

    @Test
    void theFileNameInAQuestionsLinkFindsTheEntry() {
        FaqSnapshot faq = new FaqSnapshot(1, FAQ.projects(), List.of(
                entry("linked", "这里 panic 了要怎么解决？ https://github.com/mosn/mosn/blob/master/pkg/proxy/downstream.go#L393",
                        "在 filter 里直接返回一个异常的包。", null),
                entry("other", "连接池 panic 了怎么办？", "升级到新版本。", null)));
        Decision d = Matcher.build(faq, MatchSettings.defaults()).match("downstream.go 里 panic 了");
        assertEquals("linked", d.candidates().get(0).entry().id());
    }

    @Test
    void aQuestionGluedOntoARepeatedOneIsItsNearDuplicate() {
        Entry repeated = entry("r-1", "RPC 序列化 LocalDateTime 有问题，改为 Date 类型后正常，你知道原因吗？", "用 hessian 的扩展。", null);
        Entry glued = entry("r-2", "RPC 序列化 LocalDateTime 有问题，改为 Date 类型后正常，你知道原因吗？upstream 的访问日志怎么打印？",
                "开启 access log。", null);
        Entry other = entry("r-3", "RPC 序列化 Date 类型有问题吗？", "没有。", null);
        Matcher m = Matcher.build(new FaqSnapshot(1, FAQ.projects(), List.of(repeated, glued, other)),
                MatchSettings.defaults());
        assertTrue(m.nearDuplicates(repeated, glued));
        assertFalse(m.nearDuplicates(repeated, other));
        Decision d = m.match(repeated.question());
        assertEquals(Decision.Verdict.ANSWER, d.verdict());
        assertEquals("r-1", d.entry().id());
    }

    @Test
    void aDecisionIsCachedByNormalizedTextAndCountedOncePerLookup() {
        Matcher fresh = Matcher.build(FAQ, MatchSettings.defaults());
        String question = "Seata AT 模式支持 Oracle 吗？";
        assertTrue(fresh.cached(question).isEmpty());
        Decision decided = fresh.match(question);
        assertEquals(0.0, fresh.cacheHitRatio());

        assertSame(decided, fresh.cached("Ｓｅａｔａ AT 模式支持 Oracle 吗? ").orElseThrow());
        assertSame(decided, fresh.match(question));
        assertEquals(2.0 / 3, fresh.cacheHitRatio(), 1e-9);
    }

    @Test
    void theSnapshotIsTheOneBuiltFrom() {
        assertEquals(3, matcher.snapshot().version());
    }
}
