package dev.digestbot.match;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kind of answer a question wants, told by its question words: whether something is
 * supported, how to do it, why it happens, how two things differ, what something is, where to find
 * it, when it comes. Two questions about the same thing that want different kinds of answer are
 * different questions ("seata 支持 xa 吗" is not answered by "seata xa 怎么配"), which word overlap
 * alone cannot see. Matched on normalized text; a text may want several kinds, or none.
 */
enum Intent {

    SUPPORTED("支持|能不能|能否|可不可以|可否|是否|有没有|能用吗|可以用|兼容|\\bsupport|\\bcan\\b|\\bpossible\\b|\\bis there\\b"),
    HOW("怎么|怎样|如何|咋(?!回事)|怎么办|咋办|方法|方式|\\bhow\\b"),
    WHY("为什么|为啥|为何|原因|怎么回事|咋回事|\\bwhy\\b|\\bcause\\b"),
    DIFFERENCE("区别|差别|差异|不同|对比|比较|哪个好|\\bvs\\b|\\bdiff|\\bcompare"),
    WHAT("是什么|是啥|什么意思|啥意思|指什么|含义|概念|\\bwhat is\\b|\\bwhat does\\b|\\bmeaning\\b"),
    WHERE("哪里|哪儿|在哪|哪有|哪能|地址|文档|\\bwhere\\b|\\bdocs?\\b"),
    WHEN("什么时候|何时|啥时候|计划|规划|路线|\\bwhen\\b|\\broadmap\\b");

    /** Every kind's words in one pattern, one named group a kind, so a text is scanned once. */
    private static final Pattern ANY = Pattern.compile(Stream.of(values())
            .map(i -> "(?<" + i.name() + ">" + i.words + ")").collect(Collectors.joining("|")));

    private final String words;

    Intent(String words) {
        this.words = words;
    }

    /** The kinds of answer the normalized text asks for, as a bit set by ordinal; 0 when none. */
    static int of(String normalized) {
        Matcher m = ANY.matcher(normalized.toLowerCase(Locale.ROOT));
        int kinds = 0;
        while (m.find()) {
            for (Intent intent : values()) {
                if (m.start(intent.name()) >= 0) {
                    kinds |= 1 << intent.ordinal();
                    break;
                }
            }
        }
        return kinds;
    }

    /**
     * 1 when the message wants a kind of answer the entry's phrasings ask for, -1 when it wants
     * only kinds they never ask, 0 when the message wants no particular kind or the entry's
     * phrasings name none.
     */
    static double agreement(int message, int entry) {
        if (message == 0 || entry == 0) {
            return 0;
        }
        return (message & entry) != 0 ? 1 : -1;
    }
}
