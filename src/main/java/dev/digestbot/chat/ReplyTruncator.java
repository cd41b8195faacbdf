package dev.digestbot.chat;

import java.nio.charset.StandardCharsets;

/**
 * Fits a reply into a platform's byte limit (UTF-8): the answer is cut after its last whole
 * sentence that fits and marked with an ellipsis, and the trailing project-link line, which
 * {@link ReplyFormatter#answer} separates with a blank line, is always kept.
 */
public final class ReplyTruncator {

    static final String ELLIPSIS = "…";
    private static final String SENTENCE_ENDS = "。！？；.!?;\n";

    private ReplyTruncator() {
    }

    public static String truncate(String reply, int maxBytes) {
        if (maxBytes < 16) {
            throw new IllegalArgumentException("maxBytes: " + maxBytes + " (expected: >= 16)");
        }
        if (bytes(reply) <= maxBytes) {
            return reply;
        }
        int split = reply.lastIndexOf("\n\n");
        String footer = split >= 0 && reply.indexOf("://", split) >= 0 ? reply.substring(split) : "";
        int budget = maxBytes - bytes(footer) - bytes(ELLIPSIS);
        if (footer.isEmpty() || budget < maxBytes / 4) {
            footer = "";
            budget = maxBytes - bytes(ELLIPSIS);
        }
        String body = reply.substring(0, reply.length() - footer.length());
        String head = prefixWithin(body, budget);
        int end = lastSentenceEnd(head);
        String kept = (end > head.length() / 2 ? head.substring(0, end) : head).stripTrailing();
        return kept + ELLIPSIS + footer;
    }

    /** The longest prefix of whole code points whose UTF-8 form fits in {@code budget} bytes. */
    private static String prefixWithin(String text, int budget) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = utf8Size(cp);
            if (used + size > budget) {
                break;
            }
            used += size;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    /** The index just after the last sentence end in {@code text}, or 0. */
    private static int lastSentenceEnd(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int utf8Size(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
