package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
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

    @Test
    void inertCharactersAreNeitherChangedNorCombinedByNfkc() {
        for (char c = Character.MIN_VALUE; c < Character.MAX_VALUE; c++) {
            if (Normalizer.isNfkcInert(c)) {
                String s = String.valueOf(c);
                assertEquals(s, java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC), "U+" + (int) c);
                int type = Character.getType(c);
                assertTrue(type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                        && type != Character.ENCLOSING_MARK, "U+" + (int) c);
            }
        }
    }

    /** Full-width forms are mapped before NFKC and normalized text may skip it: neither shows. */
    @Test
    void textIsNormalizedAsItsNfkcFormIs() {
        String alphabet = "ＡＺａｚ０９！？（）［］＜＞＠\u3000 aZ9.-_@<>[]()!/:\u0301\u0308\u3099\u309A\u1161\u11A8"
                + "か가\u1100ﬁ①㎏ｶﾞ\u00A0…请问大佬好谢谢的全局锁hihello" + Normalizer.INERT_PUNCTUATION;
        Random random = new Random(11);
        for (int t = 0; t < 50_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(normalizer.normalize(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)),
                    normalizer.normalize(s), s);
        }
    }
}
