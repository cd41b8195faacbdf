package dev.digestbot.match;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A fixed set of phrases, found by the longest one that starts at a given place in a text. Case is
 * ignored as {@link String#regionMatches(boolean, int, String, int, int)} ignores it, except that
 * the text's first character must lower-case to the phrase's. A phrase starting with an ASCII
 * character matches only as a whole word: "hi" is not the start of "history".
 *
 * <p>The phrases live in a character trie, so looking at a place costs one bit test unless a
 * phrase starts with its character. Immutable and thread-safe.
 */
final class PhraseSet {

    /** A trie node: children by folded character, sorted, and whether a phrase ends here. */
    private static final class Node {
        char[] keys = {};
        Node[] children = {};
        boolean phraseEnd;

        Node child(char key) {
            int i = Arrays.binarySearch(keys, key);
            return i >= 0 ? children[i] : null;
        }

        Node addChild(char key) {
            int i = Arrays.binarySearch(keys, key);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] c = new Node[keys.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, c, 0, at);
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, c, at + 1, keys.length - at);
            k[at] = key;
            c[at] = new Node();
            keys = k;
            children = c;
            return c[at];
        }
    }

    /** Children by a phrase's first character as it is written, the rest by folded character. */
    private final Node root = new Node();
    /** The characters of a text that can start a match. */
    private final BitSet starts = new BitSet();

    PhraseSet(List<String> phrases) {
        for (String phrase : phrases) {
            if (phrase.isEmpty() || phrase.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                throw new IllegalArgumentException("phrase: \"" + phrase + "\" (expected: not empty, no surrogates)");
            }
            Node node = root.addChild(phrase.charAt(0));
            for (int i = 1; i < phrase.length(); i++) {
                node = node.addChild(fold(phrase.charAt(i)));
            }
            node.phraseEnd = true;
        }
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char lower = Character.toLowerCase((char) c);
            if (root.child(lower) != null && fold((char) c) == fold(lower)) {
                starts.set(c);
            }
        }
    }

    /** The end of the longest phrase that starts at {@code text[start]}, or -1 when none does. */
    int end(String text, int start) {
        char first = text.charAt(start);
        if (!starts.get(first)) {
            return -1;
        }
        char lower = Character.toLowerCase(first);
        boolean wholeWord = lower < 128;
        if (wholeWord && start > 0 && isAsciiAlnum(text.charAt(start - 1))) {
            return -1;
        }
        int end = -1;
        Node node = root.child(lower);
        for (int i = start + 1; ; i++) {
            if (node.phraseEnd && (!wholeWord || i == text.length() || !isAsciiAlnum(text.charAt(i)))) {
                end = i;
            }
            if (i == text.length()) {
                return end;
            }
            node = node.child(fold(text.charAt(i)));
            if (node == null) {
                return end;
            }
        }
    }

    /** Two characters are equal ignoring case, as regionMatches compares them, when their folds are. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
