package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CommonSubsequenceTest {

    /** The textbook dynamic programme, to check the bit-parallel one against. */
    private static int byTable(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                t[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length()][b.length()];
    }

    @Test
    void itCountsTheLongestCommonSubsequence() {
        assertEquals(0, new CommonSubsequence("").with("abc"));
        assertEquals(3, new CommonSubsequence("abcde").with("ace"));
        assertEquals(6, new CommonSubsequence("seata全局锁").with("全局锁seata的锁"));
        assertEquals(5, new CommonSubsequence("seata").with("seata"));
    }

    @Test
    void itAgreesWithTheTableOnRandomStringsUpToSixtyFourCharacters() {
        Random random = new Random(11);
        String alphabet = "abc锁事务回滚 ";
        for (int trial = 0; trial < 2_000; trial++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(65);
            for (int i = 0; i < n; i++) {
                a.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (int i = random.nextInt(80); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(byTable(a.toString(), b.toString()), new CommonSubsequence(a.toString()).with(b.toString()),
                    a + " / " + b);
        }
    }
}
