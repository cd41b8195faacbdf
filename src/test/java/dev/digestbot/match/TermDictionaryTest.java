package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermDictionaryTest {

    @Test
    void aTermHasOneIdHoweverItArrives() {
        TermDictionary dictionary = new TermDictionary();
        TermDictionary.Ids ids = dictionary.ids();
        ids.bigram("全局锁", 0, 2);
        ids.word("全局");
        ids.character('锁');
        ids.word("锁");
        ids.bigram("\uD840\uDC00锁", 0, 3);
        ids.word("\uD840\uDC00锁");
        ids.character(0x20000);
        ids.word("\uD840\uDC00");
        int[] taken = ids.take();
        assertEquals(taken[0], taken[1]);
        assertEquals(taken[2], taken[3]);
        assertEquals(taken[4], taken[5]);
        assertEquals(taken[6], taken[7]);
        assertEquals(0, ids.take().length);
    }

    @Test
    void renumberingFollowsFirstOccurrenceInArrayOrder() {
        TermDictionary dictionary = new TermDictionary();
        int[] first = {dictionary.id("b"), dictionary.id("a")};
        int[] second = {dictionary.id("c"), dictionary.id("b")};
        List<String> terms = dictionary.renumber(List.of(second, first));
        assertEquals(List.of("c", "b", "a"), terms);
        assertArrayEquals(new int[] {0, 1}, second);
        assertArrayEquals(new int[] {1, 2}, first);
    }
}
