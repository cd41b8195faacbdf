package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizerTest {

    private final Normalizer normalizer = new Normalizer();

    @Test
    void fullWidthLettersAndPunctuationBecomeHalfWidth() {
        assertEquals("SOFARPC 支持HTTP2吗", normalizer.normalize("ＳＯＦＡＲＰＣ　支持ＨＴＴＰ２吗？"));
    }

    @Test
    void mentionsEndedByTheChatSpaceAreRemoved() {
        assertEquals("seata 怎么配置", normalizer.normalize("@小助手\u2005seata 怎么配置"));
        assertEquals("seata 怎么配置", normalizer.normalize("@张三 @李四 seata 怎么配置"));
    }

    @Test
    void annotationsInsideTheSentenceStay() {
        assertEquals("加了 GlobalTransactional 不回滚",
                normalizer.normalize("加了 @GlobalTransactional 不回滚"));
    }

    @Test
    void greetingsAndFillerAreRemoved() {
        assertEquals("jraft 怎么选主", normalizer.normalize("大佬们好，请教下 jraft 怎么选主？谢谢"));
    }

    @Test
    void markupAndLinksAreRemovedButLinkTextStays() {
        assertEquals("看 文档 里的说明", normalizer.normalize("看 [文档](https://x.y/z) 里的说明<br />"));
    }

    @Test
    void emptyAndNullGiveEmpty() {
        assertEquals("", normalizer.normalize(null));
        assertEquals("", normalizer.normalize("🎉🎉 !!"));
    }
}
