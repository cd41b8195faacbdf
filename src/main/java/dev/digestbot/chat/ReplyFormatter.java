package dev.digestbot.chat;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.match.Decision;
import java.util.List;
import java.util.regex.Pattern;

/** Turns a matcher's result into the chat text people read. */
public final class ReplyFormatter {

    static final String NOTED = "这个问题我还不会，已经记下来了，维护者会补充。";
    static final String UNKNOWN = "这个问题我还不会。";
    static final String PROMPT = "我在。有问题请直接 @我 说出来，我会在 FAQ 里找答案。";
    static final String SUGGEST_HEADER = "没有找到确定的答案，你是不是想问：";
    static final String SUGGEST_FOOTER = "回复序号查看答案。";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ReplyFormatter() {
    }

    /**
     * The answer, then a line {@code <Project>：<link>} as the digests write it; the line is left
     * out when the entry has no project link.
     */
    public static String answer(Entry entry, FaqSnapshot snapshot) {
        return withLink(entry.answer(), entry, snapshot);
    }

    /** The answer to what the decision matched (a follow-up's answer when it matched that turn), then the link line. */
    public static String answer(Decision decision, FaqSnapshot snapshot) {
        return withLink(decision.answerText(), decision.entry(), snapshot);
    }

    private static String withLink(String text, Entry entry, FaqSnapshot snapshot) {
        String answer = text.strip();
        return snapshot.linkOf(entry)
                .map(link -> answer + "\n\n" + projectLabel(entry, snapshot) + "：" + link)
                .orElse(answer);
    }

    /** A numbered "did you mean" list of at least one entry. */
    public static String suggestions(List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("entries: empty (expected: at least one to offer)");
        }
        StringBuilder text = new StringBuilder(SUGGEST_HEADER);
        for (int i = 0; i < entries.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(oneLine(entries.get(i).question()));
        }
        return text.append('\n').append(SUGGEST_FOOTER).toString();
    }

    /**
     * "I don't know this one yet", adding "it is noted for the maintainers" only when the
     * unanswered queue kept the message.
     */
    public static String unknown(boolean noted) {
        return noted ? NOTED : UNKNOWN;
    }

    /** The reply to a mention that asks nothing: a bare {@code @bot}, a greeting, a thank-you. */
    public static String prompt() {
        return PROMPT;
    }

    private static String projectLabel(Entry entry, FaqSnapshot snapshot) {
        return snapshot.project(entry.project()).map(p -> p.name()).orElse("项目地址");
    }

    private static String oneLine(String question) {
        String flat = SPACES.matcher(question.strip()).replaceAll(" ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
    }
}
