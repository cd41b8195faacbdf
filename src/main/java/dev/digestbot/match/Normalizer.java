package dev.digestbot.match;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    /** Filler by first character, longest first, so the longest phrase at a position wins. */
    private static final Map<Character, List<String>> FILLER_BY_FIRST = FILLER.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.groupingBy(f -> f.charAt(0), Collectors.toList()));

    /** Characters that may join an identifier: {@code a.b}, {@code a-b}, {@code a_b}. */
    private static final String JOINERS = ".-_";

    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        if (s.indexOf('<') >= 0 || s.contains("](") || s.contains("http") || s.contains("www.")) {
            s = MARKUP.matcher(s).replaceAll(" ");
            s = MARKDOWN_LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('@') >= 0) {
            s = MENTION.matcher(s).replaceAll(" ");
        }
        return cleanPunctuation(removeFiller(s));
    }

    private static String removeFiller(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            List<String> candidates = FILLER_BY_FIRST.get(Character.toLowerCase(s.charAt(i)));
            if (candidates == null) {
                continue;
            }
            for (String filler : candidates) {
                if (s.regionMatches(true, i, filler, 0, filler.length()) && standsAlone(s, i, filler)) {
                    if (out == null) {
                        out = new StringBuilder(s.length());
                    }
                    out.append(s, copied, i).append(' ');
                    copied = i + filler.length();
                    i = copied - 1;
                    break;
                }
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** Latin greetings must be whole words: "hi" is not the start of "history". */
    private static boolean standsAlone(String s, int start, String filler) {
        if (filler.charAt(0) >= 128) {
            return true;
        }
        int end = start + filler.length();
        return (start == 0 || !isAsciiAlnum(s.charAt(start - 1))) && (end == s.length() || !isAsciiAlnum(s.charAt(end)));
    }

    private static String cleanPunctuation(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean keep = Character.isLetterOrDigit(cp)
                    || (JOINERS.indexOf(cp) >= 0 && i > 0 && next < s.length()
                        && isAsciiAlnum(s.charAt(i - 1)) && isAsciiAlnum(s.charAt(next)));
            if (keep) {
                out.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
            i = next;
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
