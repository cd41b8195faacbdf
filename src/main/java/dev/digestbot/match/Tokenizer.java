package dev.digestbot.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Splits normalized text into index terms for mixed Chinese and English technical text.
 *
 * <ul>
 *   <li>CJK runs give character unigrams and bigrams; particles, pronouns and question words are
 *       dropped ({@link Stopwords}).
 *   <li>Other runs give words folded to lower case. An identifier is kept whole and also split on
 *       camelCase, dots, hyphens and underscores ({@code AbstractRoutingDataSource} gives itself,
 *       {@code abstract}, {@code routing}, {@code data}, {@code source}).
 *   <li>Project spellings become the project's canonical token first ({@link ProjectAliases}).
 * </ul>
 *
 * Single-letter words and English function words are dropped. Immutable and thread-safe.
 */
final class Tokenizer {

    private static final AtomicReferenceArray<String> CHARACTER_TERMS = new AtomicReferenceArray<>(0x10000);
    /** Recently made two-character bigram terms by hash slot, so common bigrams are not made anew. */
    private static final AtomicReferenceArray<String> BIGRAM_TERMS = new AtomicReferenceArray<>(1 << 18);

    private final ProjectAliases aliases;

    Tokenizer(ProjectAliases aliases) {
        this.aliases = aliases;
    }

    ProjectAliases aliases() {
        return aliases;
    }

    /**
     * A unit of meaning of the text, for measuring how much of it an entry covers: a word, or one
     * CJK character with the bigrams it forms with its neighbours (null where that bigram was
     * dropped). A character counts once however many bigrams it is part of, so the bigrams that
     * colloquial text forms across word boundaries do not inflate its weight.
     */
    record Unit(String word, String left, String right) {
    }

    /** The terms and units of normalized text. */
    record Analysis(List<String> terms, List<Unit> units) {
    }

    /** Terms of normalized text, in text order, with repeats. */
    List<String> tokenize(String normalized) {
        return analyze(normalized, null, true).terms();
    }

    /**
     * Terms of normalized text without CJK unigrams: for long text such as answers, where single
     * characters match everything and only bigrams and words tell topics apart.
     */
    List<String> tokenizeWithoutUnigrams(String normalized) {
        return analyze(normalized, null, false).terms();
    }

    /** Terms and units of normalized text. */
    Analysis analyze(String normalized) {
        return analyze(normalized, new ArrayList<>(), true);
    }

    private Analysis analyze(String normalized, List<Unit> units, boolean unigrams) {
        String text = aliases.canonicalize(normalized);
        List<String> terms = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isCjk(cp)) {
                int end = i;
                while (end < n && isCjk(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                addCjk(text, i, end, terms, units, unigrams);
                i = end;
            } else if (Character.isLetterOrDigit(cp)) {
                int end = i;
                while (end < n) {
                    int c = text.codePointAt(end);
                    if (isCjk(c) || !(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                        break;
                    }
                    end += Character.charCount(c);
                }
                addWord(trimJoiners(text.substring(i, end)), terms, units);
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        return new Analysis(terms, units == null ? List.of() : units);
    }

    static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** True for a term made of one CJK character. */
    static boolean isUnigram(String term) {
        return term.codePointCount(0, term.length()) == 1 && isCjk(term.codePointAt(0));
    }

    private static void addCjk(String text, int start, int end, List<String> terms, List<Unit> units,
            boolean unigrams) {
        int prev = -1;
        int prevIndex = -1;
        String left = null;
        String pendingChar = null;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String bigram = null;
            if (prev >= 0 && !Stopwords.isBigramStop(prev, cp)) {
                bigram = bigramTerm(text, prevIndex, next);
                terms.add(bigram);
            }
            if (units != null && pendingChar != null) {
                units.add(new Unit(pendingChar, left, bigram));
            }
            left = bigram;
            pendingChar = Stopwords.isCjkStop(cp) || (!unigrams && units == null) ? null : characterTerm(cp);
            if (pendingChar != null && unigrams) {
                terms.add(pendingChar);
            }
            prev = cp;
            prevIndex = i;
            i = next;
        }
        if (units != null && pendingChar != null) {
            units.add(new Unit(pendingChar, left, null));
        }
    }

    /**
     * The bigram {@code text[start, end)}: a two-unit bigram comes from a small table of shared
     * strings when its slot holds the same characters (a race only costs a fresh string).
     */
    private static String bigramTerm(String text, int start, int end) {
        if (end - start != 2) {
            return text.substring(start, end);
        }
        char first = text.charAt(start);
        char second = text.charAt(start + 1);
        int slot = ((first * 31 + second) * 0x9E3779B1 >>> 14) & (BIGRAM_TERMS.length() - 1);
        String cached = BIGRAM_TERMS.get(slot);
        if (cached != null && cached.charAt(0) == first && cached.charAt(1) == second) {
            return cached;
        }
        String made = text.substring(start, end);
        BIGRAM_TERMS.lazySet(slot, made);
        return made;
    }

    /** The term of one character; strings of the basic plane are made once and shared. */
    private static String characterTerm(int cp) {
        if (cp >= CHARACTER_TERMS.length()) {
            return new String(Character.toChars(cp));
        }
        String term = CHARACTER_TERMS.get(cp);
        if (term == null) {
            term = String.valueOf((char) cp);
            CHARACTER_TERMS.lazySet(cp, term);
        }
        return term;
    }

    private static String trimJoiners(String word) {
        int s = 0;
        int e = word.length();
        while (s < e && isJoiner(word.charAt(s))) {
            s++;
        }
        while (e > s && isJoiner(word.charAt(e - 1))) {
            e--;
        }
        return word.substring(s, e);
    }

    private void addWord(String word, List<String> terms, List<Unit> units) {
        String whole = aliases.canonicalWord(word.toLowerCase(Locale.ROOT));
        if (whole.length() < 2 || Stopwords.isLatinStop(whole)) {
            return;
        }
        terms.add(whole);
        if (units != null) {
            units.add(new Unit(whole, null, null));
        }
        if (aliases.projectOf(whole) != null) {
            return;
        }
        List<String> parts = splitIdentifier(word);
        if (parts.size() > 1) {
            for (String part : parts) {
                String folded = aliases.canonicalWord(part.toLowerCase(Locale.ROOT));
                if (folded.length() >= 2 && !Stopwords.isLatinStop(folded)) {
                    terms.add(folded);
                }
            }
        }
    }

    /** Parts of an identifier: split on joiners, lower-to-upper humps and acronym ends. */
    private static List<String> splitIdentifier(String word) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= word.length(); i++) {
            if (i == word.length()) {
                addPart(word, start, i, parts);
                break;
            }
            char c = word.charAt(i);
            char p = word.charAt(i - 1);
            if (isJoiner(c)) {
                addPart(word, start, i, parts);
                start = i + 1;
            } else if (!isJoiner(p) && ((Character.isLowerCase(p) && Character.isUpperCase(c))
                    || (Character.isUpperCase(p) && Character.isUpperCase(c)
                        && i + 1 < word.length() && Character.isLowerCase(word.charAt(i + 1))))) {
                addPart(word, start, i, parts);
                start = i;
            }
        }
        return parts;
    }

    private static void addPart(String word, int start, int end, List<String> parts) {
        if (end > start) {
            parts.add(word.substring(start, end));
        }
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '-' || c == '_';
    }
}
