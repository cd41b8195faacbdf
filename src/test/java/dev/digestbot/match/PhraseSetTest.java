package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseSetTest {

    private final PhraseSet phrases = new PhraseSet(List.of("请问", "请问一下", "大佬", "hello", "hi"));

    @Test
    void theLongestPhraseAtThePlaceWins() {
        assertEquals(4, phrases.end("请问一下怎么配", 0));
        assertEquals(3, phrases.end("那请问怎么配", 1));
        assertEquals(-1, phrases.end("请教", 0));
    }

    @Test
    void latinPhrasesMatchWholeWordsInAnyCase() {
        assertEquals(5, phrases.end("HeLLo seata", 0));
        assertEquals(5, phrases.end("oh hi", 3));
        assertEquals(-1, phrases.end("history", 0));
        assertEquals(-1, phrases.end("chi", 1));
        assertEquals(-1, phrases.end("hi2", 0));
    }

    @Test
    void emptyPhrasesAndSurrogatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PhraseSet(List.of("")));
        assertThrows(IllegalArgumentException.class, () -> new PhraseSet(List.of("\uD83C\uDF89")));
    }

    /** The trie finds what comparing each phrase with String.regionMatches(ignoreCase) finds. */
    @Test
    void agreesWithRegionMatchesIgnoringCase() {
        List<String> list = List.of("hello", "hi", "请问", "请问一下", "ǆx", "iß", "ΣΣ", "k");
        PhraseSet set = new PhraseSet(list);
        String alphabet = "hHeElLoOiIİı请问一下ǄǅǆxXßSσςΣkKK \u0130.1";
        Random random = new Random(7);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            for (int start = 0; start < s.length(); start++) {
                assertEquals(reference(list, s, start), set.end(s, start), s + " at " + start);
            }
        }
    }

    private static int reference(List<String> list, String s, int start) {
        List<String> longestFirst = list.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String p : longestFirst) {
            int end = start + p.length();
            boolean wholeWord = p.charAt(0) < 128;
            if (Character.toLowerCase(s.charAt(start)) == p.charAt(0) && s.regionMatches(true, start, p, 0, p.length())
                    && (!wholeWord || ((start == 0 || !isAsciiAlnum(s.charAt(start - 1)))
                        && (end == s.length() || !isAsciiAlnum(s.charAt(end)))))) {
                return end;
            }
        }
        return -1;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
