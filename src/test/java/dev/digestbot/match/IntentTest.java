package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntentTest {

    private static int kinds(Intent... intents) {
        int mask = 0;
        for (Intent i : intents) {
            mask |= 1 << i.ordinal();
        }
        return mask;
    }

    @Test
    void questionWordsTellTheKindOfAnswerWanted() {
        assertEquals(kinds(Intent.SUPPORTED), Intent.of("seata 支持 oracle 吗"));
        assertEquals(kinds(Intent.HOW), Intent.of("jraft 快照 咋配"));
        assertEquals(kinds(Intent.WHY), Intent.of("为啥 回滚 不生效"));
        assertEquals(kinds(Intent.DIFFERENCE), Intent.of("at 和 tcc 区别"));
        assertEquals(kinds(Intent.WHEN, Intent.SUPPORTED), Intent.of("什么时候 支持 istio 1.14"));
        assertEquals(kinds(Intent.HOW, Intent.SUPPORTED), Intent.of("How can I enable it, is it supported"));
        assertEquals(kinds(Intent.HOW_MUCH), Intent.of("一个 jraft 进程 最多 跑 多少 个 group"));
        assertEquals(kinds(Intent.DEFAULT, Intent.WHERE), Intent.of("prometheus 指标 默认 在 哪个 端口 暴露 在哪"));
        assertEquals(kinds(Intent.HOW_MUCH, Intent.DEFAULT), Intent.of("the default connection limit of bolt"));
        assertEquals(0, Intent.of("seata 全局锁 本地锁"));
    }

    @Test
    void agreementIsOneMinusOneOrZero() {
        int supported = kinds(Intent.SUPPORTED);
        int how = kinds(Intent.HOW);
        assertEquals(1, Intent.agreement(supported, supported | how));
        assertEquals(-1, Intent.agreement(supported, how));
        assertEquals(0, Intent.agreement(0, how));
        assertEquals(0, Intent.agreement(supported, 0));
    }
}
