package dev.digestbot.match;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns chat text into the form both queries and entries are indexed in: Unicode NFKC (which also
 * maps full-width letters, digits and punctuation to half-width), markup and links removed,
 * {@code @mentions} removed, greetings and polite filler removed, punctuation and symbols (emoji
 * included) turned into spaces. Case is kept, because the tokenizer splits identifiers on
 * camelCase before folding them; everything else about the text is final here.
 *
 * <p>Stateless and thread-safe. Input longer than {@link #MAX_CHARS} is cut, so a pasted log
 * costs no more than a long question.
 */
public final class Normalizer {

    /** Longest input considered; a chat question is far shorter. */
    public static final int MAX_CHARS = 2_000;

    private static final Pattern MARKUP = Pattern.compile(
            "<[^>]{0,40}>|!\\[[^\\]]{0,200}]\\([^)]{0,500}\\)|https?://\\S+|www\\.\\S+");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]{0,200})]\\([^)]{0,500}\\)");
    /**
     * A mention is {@code @name} ended by the U+2005 space chat clients insert, or a run of
     * {@code @name} words opening the message. {@code @GlobalTransactional} inside a sentence is
     * an annotation and stays.
     */
    private static final Pattern MENTION = Pattern.compile(
            "@[^\\s@\\u2005]{1,30}\\u2005|^(?:\\s*@[^\\s@\\u2005]{1,30}(?:\\s+|$))+");

    /** Greetings, forms of address and polite filler that never carry the question. */
    private static final List<String> FILLER = List.of(
            "请问一下", "请问下", "请问", "请教一下", "请教下", "请教", "想问一下", "想问下", "想问", "问一下",
            "问下", "咨询一下", "咨询下", "打扰一下", "打扰了", "麻烦问下", "麻烦问一下", "麻烦", "求助", "求教",
            "各位大佬们好", "各位大佬好", "大佬们好", "大佬好", "各位大佬们", "各位大佬", "各位老师", "各位同学", "各位好", "大佬们", "大佬", "各位", "大家好",
            "大家", "老师们", "你好", "您好", "早上好", "晚上好", "下午好", "谢谢大家", "谢谢", "多谢", "感谢",
            "先谢了", "提前感谢", "小助手", "问题解决了", "解决了", "搞定了", "恭喜恭喜", "恭喜", "祝贺",
            "点赞", "hello", "hi");
    private static final PhraseSet FILLER_PHRASES = new PhraseSet(FILLER);

    /** Characters that may join an identifier: {@code a.b}, {@code a-b}, {@code a_b}. */
    private static final String JOINERS = ".-_";

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = FULL_WIDTH_FIRST - '!';
    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    /** CJK punctuation without a decomposition; chat text has little other non-ASCII punctuation. */
    static final String INERT_PUNCTUATION =
            "\u3001\u3002\u300A\u300B\u300C\u300D\u300E\u300F\u3010\u3011\u2014\u2018\u2019\u201C\u201D";

    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = nfkc(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        if (s.indexOf('<') >= 0 || s.contains("](") || s.contains("http") || s.contains("www.")) {
            s = MARKUP.matcher(s).replaceAll(" ");
            s = MARKDOWN_LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('@') >= 0) {
            s = MENTION.matcher(s).replaceAll(" ");
        }
        return clean(s);
    }

    /**
     * Unicode NFKC of the text. Full-width forms and the ideographic space are first replaced by
     * the ASCII characters NFKC maps them to, which leaves its result as it was; text then made
     * only of {@linkplain #isNfkcInert inert} characters is already normalized, and most chat
     * text is, so it skips the normalizer and its copying.
     */
    private static String nfkc(String s) {
        char[] halfWidth = null;
        boolean inert = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char h = c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST ? (char) (c - FULL_WIDTH_OFFSET)
                    : c == IDEOGRAPHIC_SPACE ? ' ' : c;
            if (h != c) {
                if (halfWidth == null) {
                    halfWidth = s.toCharArray();
                }
                halfWidth[i] = h;
            }
            inert &= isNfkcInert(h);
        }
        String t = halfWidth == null ? s : new String(halfWidth);
        return inert ? t : java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC);
    }

    /**
     * True for a character NFKC leaves alone whatever surrounds it (no decomposition, not a
     * combining mark, never composed with a neighbour): ASCII, CJK ideographs and common CJK
     * punctuation.
     */
    static boolean isNfkcInert(char c) {
        return c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
                || INERT_PUNCTUATION.indexOf(c) >= 0;
    }

    /**
     * The text with each filler phrase, and each run of characters other than letters and digits,
     * turned into one space, and no space at either end. Phrases are taken from left to right,
     * the longest at each place. A joiner stays between two ASCII letters or digits that are not
     * part of a phrase.
     */
    private static String clean(String s) {
        int n = s.length();
        char[] out = new char[n];
        int size = 0;
        boolean space = true;
        boolean afterFiller = false;
        for (int i = 0; i < n; ) {
            int fillerEnd = FILLER_PHRASES.end(s, i);
            if (fillerEnd >= 0) {
                if (!space) {
                    out[size++] = ' ';
                    space = true;
                }
                afterFiller = true;
                i = fillerEnd;
                continue;
            }
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean keep = Character.isLetterOrDigit(cp)
                    || (JOINERS.indexOf(cp) >= 0 && i > 0 && next < n && !afterFiller && isAsciiAlnum(s.charAt(i - 1))
                        && isAsciiAlnum(s.charAt(next)) && FILLER_PHRASES.end(s, next) < 0);
            if (keep) {
                size += Character.toChars(cp, out, size);
                space = false;
            } else if (!space) {
                out[size++] = ' ';
                space = true;
            }
            afterFiller = false;
            i = next;
        }
        if (size > 0 && out[size - 1] == ' ') {
            size--;
        }
        return new String(out, 0, size);
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
