package dev.digestbot.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Turns digest markdown lines into chat text: no images, no {@code <br />}, links as plain URLs,
 * no emphasis markers, code kept as it is; one line per source line, no blank lines.
 */
final class ChatText {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(\\s*([^)\\s]*)[^)]*\\)");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*/?\\s*br\\s*/?\\s*>|(?<![a-z])br/$");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3})(\\S(?:.*?\\S)?)\\1");
    private static final Pattern STRAY_BOLD = Pattern.compile("\\*{2,3}");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|])");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern FIRST_ITEM = Pattern.compile("1(?=\\.\\s|、)");
    private static final Pattern ANSWER_MARK = Pattern.compile("^(?:[\\s\\u00a0\\u3000]*\\**\\s*A\\s*\\**\\s*[：:]\\**)+\\s*");

    /** The site the digests are published on, which their relative links point into. */
    static final String SITE = "https://www.sofastack.tech";

    private ChatText() {
    }

    /** True for a line that only shows an image, quoted or not. */
    static boolean isImageLine(String line) {
        String rest = IMAGE.matcher(stripQuote(line)).replaceAll("");
        return rest.length() < stripQuote(line).length() && BREAK.matcher(rest).replaceAll("")
                .replace("*", "").isBlank();
    }

    /** The line without HTML line breaks ({@code <br>}, {@code <br />}, {@code </br>}). */
    static String withoutBreaks(String line) {
        return BREAK.matcher(line).replaceAll(" ").strip();
    }

    /** The line without its leading {@code >} quote markers. */
    static String stripQuote(String line) {
        String s = line.stripLeading();
        while (s.startsWith(">")) {
            s = s.substring(1).stripLeading();
        }
        return s;
    }

    /** The line without a leading {@code A：} marker, repeated or in bold. */
    static String stripAnswerMark(String line) {
        return ANSWER_MARK.matcher(line).replaceFirst("");
    }

    /**
     * Cleans markdown lines to chat text. Lines inside code fences are kept verbatim without the
     * fences; other lines lose markup; blank lines are dropped.
     */
    static String clean(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean inCode = false;
        for (String line : lines) {
            if (FENCE.matcher(line).matches()) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                if (!line.isBlank()) {
                    out.add(line.stripTrailing());
                }
                continue;
            }
            for (String part : BREAK.split(inline(line), -1)) {
                String text = part.strip();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        }
        return String.join("\n", renumbered(out));
    }

    /**
     * Numbers the items of an ordered list written as {@code 1.} every time, as markdown allows
     * and renders 1, 2, 3: in chat text the reader sees the source, so the numbers are written out.
     */
    static List<String> renumbered(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        int start = 0;
        while (start < out.size()) {
            int end = start;
            while (end < out.size() && FIRST_ITEM.matcher(out.get(end)).lookingAt()) {
                end++;
            }
            if (end - start >= 2) {
                for (int i = start; i < end; i++) {
                    out.set(i, (i - start + 1) + out.get(i).substring(1));
                }
            }
            start = end + 1;
        }
        return out;
    }

    /** One line of prose: markup removed, inline code kept without its backticks. */
    static String inline(String line) {
        String[] spans = line.split("`", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < spans.length; i++) {
            sb.append(i % 2 == 1 && i < spans.length - 1 ? spans[i] : prose(spans[i]));
        }
        return sb.toString().replace('\u00a0', ' ').replace('\u3000', ' ');
    }

    private static String prose(String text) {
        String s = IMAGE.matcher(text).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        s = replaceLinks(s);
        s = EMPHASIS.matcher(s).replaceAll("$2");
        s = STRAY_BOLD.matcher(s).replaceAll("");
        s = ESCAPE.matcher(s).replaceAll("$1");
        return StringEscapeUtils.unescapeHtml4(s);
    }

    private static String replaceLinks(String text) {
        Matcher m = LINK.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String label = m.group(1).replace("*", "").strip();
            // The digests are pages of the community site: a link to /blog/… is a page there,
            // and a chat reader needs the whole address.
            String url = m.group(2).startsWith("/") && !m.group(2).startsWith("//") ? SITE + m.group(2) : m.group(2);
            // A label that is itself a URL shows the target: when the two disagree, the target is
            // where the reader actually lands.
            boolean labelIsUrl = label.matches("(?i)(https?://|www\\.).*");
            String shown = url.isEmpty() ? label
                    : label.isEmpty() || labelIsUrl ? url
                    : label + " " + url;
            m.appendReplacement(sb, Matcher.quoteReplacement(shown));
        }
        m.appendTail(sb);
        return sb.toString();
    }

}
