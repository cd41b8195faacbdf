package dev.digestbot.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

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

    private static final Pattern DETAIL = Pattern.compile("\\d+|x+|\\d{1,3}(?:\\.(?:\\d{1,3}|x+)){3}");
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

    /**
     * Receives the terms of a text in text order: the index build turns them into term ids
     * without making a string for each CJK term.
     */
    interface Terms {

        /** A word or identifier part, folded to lower case. */
        void word(String term);

        /** A CJK character. */
        void character(int cp);

        /** The CJK bigram {@code text[start, end)}. */
        void bigram(String text, int start, int end);
    }

    /** Terms of normalized text, in text order, with repeats. */
    List<String> tokenize(String normalized) {
        return termStrings(normalized, null);
    }

    /**
     * Gives the terms of normalized text to {@code terms}, in text order, with repeats; without
     * {@code unigrams} there are no CJK unigrams: for long text such as answers, where single
     * characters match everything and only bigrams and words tell topics apart.
     */
    void tokenize(String normalized, boolean unigrams, Terms terms) {
        scan(aliases.canonicalize(normalized), unigrams, terms, null);
    }

    /** Terms and units of normalized text. */
    Analysis analyze(String normalized) {
        List<Unit> units = new ArrayList<>();
        return new Analysis(termStrings(normalized, units), units);
    }

    /** The terms of normalized text as strings, its units added to {@code units} unless null. */
    private List<String> termStrings(String normalized, List<Unit> units) {
        TermStrings terms = new TermStrings();
        scan(aliases.canonicalize(normalized), true, terms, units);
        return terms.list;
    }

    private void scan(String text, boolean unigrams, Terms terms, List<Unit> units) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isCjk(cp)) {
                int end = i;
                while (end < n && isCjk(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                addCjk(text, i, end, unigrams, terms, units);
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
                addWord(text.substring(i, trimJoiners(text, i, end)), terms, units);
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /** Collects terms as strings, sharing the strings of CJK terms. */
    private static final class TermStrings implements Terms {
        final List<String> list = new ArrayList<>();

        @Override
        public void word(String term) {
            list.add(term);
        }

        @Override
        public void character(int cp) {
            list.add(characterTerm(cp));
        }

        @Override
        public void bigram(String text, int start, int end) {
            list.add(bigramTerm(text, start, end));
        }
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

    /**
     * True for a word that is a detail of the writer's own case rather than what is asked: a
     * number ({@code 8091}, an id), an address ({@code 192.168.2.115}, {@code 10.x.x.x}) or a
     * placeholder ({@code xxx}). Versions ({@code 1.4.2}) are not: which version is asked about
     * can change the answer.
     */
    static boolean isDetail(String word) {
        char first = word.charAt(0);
        return (first >= '0' && first <= '9' || first == 'x') && DETAIL.matcher(word).matches();
    }

    /** True for a term made of one CJK character. */
    static boolean isUnigram(String term) {
        return term.codePointCount(0, term.length()) == 1 && isCjk(term.codePointAt(0));
    }

    private static void addCjk(String text, int start, int end, boolean unigrams, Terms terms, List<Unit> units) {
        int prev = -1;
        int prevIndex = -1;
        String left = null;
        String pendingChar = null;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String bigram = null;
            if (prev >= 0 && !Stopwords.isBigramStop(prev, cp)) {
                terms.bigram(text, prevIndex, next);
                if (units != null) {
                    bigram = bigramTerm(text, prevIndex, next);
                }
            }
            if (units != null && pendingChar != null) {
                units.add(new Unit(pendingChar, left, bigram));
            }
            left = bigram;
            boolean stop = Stopwords.isCjkStop(cp);
            pendingChar = stop || units == null ? null : characterTerm(cp);
            if (!stop && unigrams) {
                terms.character(cp);
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

    /** The end of {@code text[start, end)} without the joiners it ends in. */
    private static int trimJoiners(String text, int start, int end) {
        while (end > start && isJoiner(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private void addWord(String word, Terms terms, List<Unit> units) {
        String whole = aliases.canonicalWord(word.toLowerCase(Locale.ROOT));
        if (whole.length() < 2 || Stopwords.isLatinStop(whole)) {
            return;
        }
        terms.word(whole);
        if (units != null) {
            units.add(new Unit(whole, null, null));
        }
        if (!isCompound(word) || aliases.projectOf(whole) != null) {
            return;
        }
        List<String> parts = splitIdentifier(word);
        if (parts.size() > 1) {
            for (String part : parts) {
                String folded = aliases.canonicalWord(part.toLowerCase(Locale.ROOT));
                if (folded.length() >= 2 && !Stopwords.isLatinStop(folded)) {
                    terms.word(folded);
                }
            }
        }
    }

    /** True when the word may have parts: it has a joiner or an upper-case letter. */
    private static boolean isCompound(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isJoiner(c) || Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
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
