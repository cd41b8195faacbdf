package dev.digestbot.match;

import java.util.Arrays;

/**
 * The length of the longest common subsequence of one string of at most 64 characters (the
 * message's compact form) with others, computed bit-parallel (Hyyrö's variant of Allison and
 * Dix): one 64-bit word holds a row of the dynamic-programming table, so each character of the
 * other string costs a few word operations instead of a row of cells. Immutable.
 */
final class CommonSubsequence {

    static final int MAX_LENGTH = 64;

    private final int length;
    /** The distinct characters of the string, sorted, and for each the positions it holds as bits. */
    private final char[] chars;
    private final long[] positions;

    CommonSubsequence(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text: " + text.length() + " characters (expected: at most " + MAX_LENGTH + ")");
        }
        this.length = text.length();
        char[] sorted = text.toCharArray();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        this.chars = Arrays.copyOf(sorted, distinct);
        this.positions = new long[distinct];
        for (int i = 0; i < text.length(); i++) {
            positions[Arrays.binarySearch(chars, text.charAt(i))] |= 1L << i;
        }
    }

    /** The length of the longest common subsequence of this string and {@code other}. */
    int with(String other) {
        if (length == 0) {
            return 0;
        }
        long row = -1L;
        for (int i = 0; i < other.length(); i++) {
            int at = Arrays.binarySearch(chars, other.charAt(i));
            if (at >= 0) {
                long matches = row & positions[at];
                row = (row + matches) | (row - matches);
            }
        }
        long used = length == MAX_LENGTH ? -1L : (1L << length) - 1;
        return length - Long.bitCount(row & used);
    }
}
