package dev.digestbot.digest;

import dev.digestbot.faq.Followup;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Q&A sections of a weekly digest.
 *
 * <p>A Q&A section starts at a heading or bold line naming it ("每周读者问答提炼", "issue 精选")
 * and ends at the next heading of another kind. Inside it, an item starts at a header line
 * ({@code **1、@name** 提问：}, {@code 1. name 提问：}, {@code @name 提问：}, a bold numbered title)
 * or, without a header, at a question that follows a finished item. An item holds turns: a
 * {@code >} quoted question, then an answer from {@code A：} to the next quote, header or project
 * line. The first turn is the entry's question and answer, later turns are follow-ups.
 */
final class DigestParser {

    private static final Pattern DATE = Pattern.compile("^date:\\s*\"?(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern QA_TITLE = Pattern.compile("(?i)问答提炼|问答整理|issue\\s*精选");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s.*");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*\\*{2,3}[^*].*\\*{2,3}\\s*$");
    private static final Pattern OTHER_SECTION = Pattern.compile(
            "(?i)推荐阅读|阅读|发布|Contributor|贡献|扫码|活动|直播|进展|新手任务|合辑|预告|回顾"
                    + "|News|大事件|开源系列");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\s*[、.．]\\s*\\S.*");
    private static final Pattern ASKER = Pattern.compile("^@\\S+.*");
    private static final Pattern ASKS = Pattern.compile("提问\\s*(?:[：:]|$)");
    private static final Pattern ANSWER = Pattern.compile("^[\\s\\u00a0\\u3000]*\\**\\s*A\\s*\\**\\s*[：:].*");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern PROJECT = Pattern.compile(
            "^([A-Za-z][A-Za-z0-9 ._-]{0,40}?)\\s*(?:github)?\\s*[：:]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]*<>]+");
    private static final Pattern LIST_BULLET = Pattern.compile("^[-+]\\s+");

    private final ProjectResolver projects;

    DigestParser(ProjectResolver projects) {
        this.projects = projects;
    }

    /** Parses one digest; throws when the text has no Q&A section at all. */
    Digest parse(String fileName, String text) throws DigestFormatException {
        String[] lines = text.split("\\R", -1);
        String date = null;
        int body = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                Matcher m = DATE.matcher(lines[i]);
                if (m.find()) {
                    date = m.group(1);
                }
                if (lines[i].strip().equals("---")) {
                    body = i + 1;
                    break;
                }
            }
        }
        Run run = new Run();
        boolean inSection = false;
        boolean sawSection = false;
        for (int i = body; i < lines.length; i++) {
            String line = lines[i];
            if (run.inCode) {
                run.code(line);
                continue;
            }
            if (isSectionStart(line)) {
                run.finishSection();
                inSection = true;
                sawSection = true;
                continue;
            }
            if (inSection && isSectionEnd(line)) {
                run.finishSection();
                inSection = false;
            }
            if (inSection) {
                read(run, line, i + 1);
            }
        }
        run.finishItem();
        if (!sawSection) {
            throw new DigestFormatException("no Q&A section (expected a heading such as"
                    + " \"每周读者问答提炼\")");
        }
        return new Digest(fileName, date, run.items, run.skipped);
    }

    private void read(Run run, String line, int lineNo) {
        if (FENCE.matcher(line).matches() && run.state != State.OUTSIDE) {
            run.code(line);
            return;
        }
        if (ChatText.isImageLine(line)) {
            return;
        }
        String trimmed = line.strip();
        if (trimmed.startsWith(">")) {
            run.quote(ChatText.stripQuote(line), lineNo);
            return;
        }
        if (ANSWER.matcher(line).matches()) {
            run.answer(ChatText.stripAnswerMark(line), lineNo);
            return;
        }
        String plain = trimmed.replace("*", "").strip();
        if (isHeader(trimmed, plain)) {
            run.header(plain, lineNo);
            return;
        }
        ProjectLine project = projectLine(ChatText.withoutBreaks(plain));
        if (project != null) {
            run.project(project);
            return;
        }
        run.text(line);
    }

    private static boolean isSectionStart(String line) {
        return (HEADING.matcher(line).matches() || BOLD_LINE.matcher(line).matches())
                && QA_TITLE.matcher(line).find();
    }

    private static boolean isSectionEnd(String line) {
        if (HEADING.matcher(line).matches()) {
            return true;
        }
        String plain = line.replace("*", "").strip();
        return BOLD_LINE.matcher(line).matches() && !NUMBERED.matcher(plain).matches()
                && !plain.startsWith("@") && OTHER_SECTION.matcher(plain).find();
    }

    private static boolean isHeader(String trimmed, String plain) {
        if (plain.length() > 120) {
            return false;
        }
        boolean asks = ASKS.matcher(plain).find() && plain.length() < 60;
        boolean numbered = NUMBERED.matcher(plain).matches();
        boolean bold = trimmed.startsWith("**") || trimmed.matches("^\\d{1,2}\\s*\\*\\*.*");
        return asks
                || numbered && (bold || plain.contains("@"))
                || ASKER.matcher(plain).matches() && (bold || plain.length() < 40);
    }

    /**
     * The line naming the item's project and its repository, in the forms digests use:
     * {@code Seata：https://…}, {@code 「MOSN」：[…](…)}, {@code 「MOSN」https://…},
     * {@code - SOFAArk：https://…}, {@code Seata：<https://…>}; null for any other line.
     */
    private ProjectLine projectLine(String plain) {
        String line = LIST_BULLET.matcher(plain).replaceFirst("")
                .replaceFirst("」\\s*(?=https?://|\\[)", "：")
                .replace("「", "").replace("」", "").replace("\"", "");
        Matcher m = PROJECT.matcher(line);
        if (!m.matches()) {
            return null;
        }
        List<String> urls = new ArrayList<>();
        Matcher u = URL.matcher(m.group(2));
        while (u.find()) {
            urls.add(u.group());
        }
        String rest = URL.matcher(m.group(2)).replaceAll("").replaceAll("[\\s\\[\\]()*_<>]", "");
        if (urls.isEmpty() || !rest.isEmpty()) {
            return null;
        }
        String name = m.group(1).strip();
        boolean known = projects.byName(name).isPresent()
                || urls.stream().anyMatch(url -> projects.byUrl(url).isPresent());
        return known ? new ProjectLine(name, urls) : null;
    }

    private enum State { OUTSIDE, HEADER, QUESTION, ANSWER, DONE }

    /** The item being read and the items read so far. */
    private static final class Run {
        final List<DigestItem> items = new ArrayList<>();
        final List<SkippedItem> skipped = new ArrayList<>();
        State state = State.OUTSIDE;
        boolean inCode;
        int ordinal;
        int start;
        final List<String> unquoted = new ArrayList<>();
        final List<List<String>> questions = new ArrayList<>();
        final List<List<String>> answers = new ArrayList<>();
        ProjectLine projectLine;
        String orphanAnswer;
        /** The header lines of the item and the title of the group it sits in. */
        final StringBuilder heading = new StringBuilder();
        String groupTitle = "";

        void header(String plain, int lineNo) {
            boolean title = !plain.contains("@") && !ASKS.matcher(plain).find();
            if (title) {
                groupTitle = plain;
            }
            if (state == State.HEADER && questions.isEmpty()) {
                // A title ("**2、关于 Seata 的提问：**"), maybe with a link line, then the asker's
                // line: one item, whose question is whatever the asker's line leads to.
                unquoted.clear();
            } else {
                finishItem();
                begin(lineNo);
            }
            heading.append(title ? "" : groupTitle + "\n").append(plain).append('\n');
            String[] parts = ASKS.split(plain, 2);
            String rest = parts.length == 2 ? parts[1] : "";
            if (!ChatText.clean(List.of(rest)).isEmpty()) {
                unquoted.add(rest);
            }
        }

        void quote(String text, int lineNo) {
            if (state == State.OUTSIDE) {
                begin(lineNo);
            }
            if (state != State.QUESTION) {
                // After an answer or a project line a quote opens the next turn of the same item:
                // digests put follow-ups after a misplaced project line, never a new asker
                // without a header.
                pad();
                questions.add(new ArrayList<>());
            }
            state = State.QUESTION;
            current(questions).add(text);
        }

        void answer(String text, int lineNo) {
            switch (state) {
                case HEADER -> {
                    if (unquoted.isEmpty()) {
                        orphanAnswer = "line " + lineNo + ": an A： answer without a question";
                        state = State.DONE;
                        return;
                    }
                    questions.add(new ArrayList<>(unquoted));
                    unquoted.clear();
                }
                case QUESTION -> { }
                case ANSWER -> {
                    current(answers).add(text);
                    return;
                }
                case OUTSIDE, DONE -> {
                    return;
                }
            }
            pad();
            answers.set(answers.size() - 1, new ArrayList<>(List.of(text)));
            state = State.ANSWER;
        }

        void project(ProjectLine line) {
            if (state == State.OUTSIDE) {
                return;
            }
            if (projectLine == null) {
                projectLine = line;
            }
            state = State.DONE;
        }

        void text(String line) {
            switch (state) {
                case ANSWER -> current(answers).add(line);
                case QUESTION -> current(questions).add(line);
                case HEADER -> {
                    String plain = line.replace("*", "").strip();
                    if (!plain.isEmpty() && !ASKER.matcher(plain).matches() || !unquoted.isEmpty()) {
                        unquoted.add(line);
                    }
                }
                case OUTSIDE, DONE -> { }
            }
        }

        void code(String line) {
            if (FENCE.matcher(line).matches()) {
                inCode = !inCode;
            }
            text(line);
        }

        private void begin(int lineNo) {
            ordinal++;
            start = lineNo;
            state = State.HEADER;
        }

        private void pad() {
            while (answers.size() < questions.size()) {
                answers.add(null);
            }
        }

        private static List<String> current(List<List<String>> turns) {
            return turns.get(turns.size() - 1);
        }

        void finishSection() {
            finishItem();
            groupTitle = "";
        }

        void finishItem() {
            if (state == State.OUTSIDE) {
                return;
            }
            inCode = false;
            List<String> qs = new ArrayList<>();
            List<String> as = new ArrayList<>();
            for (int t = 0; t < questions.size(); t++) {
                String q = ChatText.clean(questions.get(t));
                String a = t < answers.size() && answers.get(t) != null
                        ? ChatText.clean(answers.get(t)) : "";
                if (t > 0 && a.isEmpty() && !as.isEmpty()) {
                    // A quote after an answer with no A： of its own was quoted inside the answer.
                    int last = as.size() - 1;
                    as.set(last, (as.get(last) + "\n" + q).strip());
                    continue;
                }
                qs.add(q);
                as.add(a);
            }
            String reason = skipReason(qs, as);
            if (reason == null) {
                List<Followup> followups = new ArrayList<>();
                for (int t = 1; t < qs.size(); t++) {
                    followups.add(new Followup(qs.get(t), as.get(t)));
                }
                items.add(new DigestItem(ordinal, start, qs.get(0), as.get(0), followups,
                        ChatText.inline(heading.toString()).strip(), projectLine));
            } else {
                skipped.add(new SkippedItem(ordinal, start, reason));
            }
            state = State.OUTSIDE;
            unquoted.clear();
            questions.clear();
            answers.clear();
            projectLine = null;
            orphanAnswer = null;
            heading.setLength(0);
        }

        private String skipReason(List<String> qs, List<String> as) {
            if (orphanAnswer != null) {
                return orphanAnswer;
            }
            if (qs.isEmpty()) {
                return unquoted.isEmpty() ? "no question and no A： answer"
                        : "a question without an A： answer";
            }
            if (qs.get(0).isEmpty()) {
                return "the question has no text (an image only?)";
            }
            if (as.get(0).isEmpty()) {
                return "a question without an A： answer";
            }
            for (int t = 1; t < qs.size(); t++) {
                if (qs.get(t).isEmpty()) {
                    return "follow-up " + t + " has an answer but no question text";
                }
            }
            return null;
        }
    }
}
