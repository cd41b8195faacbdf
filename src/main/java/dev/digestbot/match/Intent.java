package dev.digestbot.match;

import java.util.List;

/**
 * The kind of answer a question wants, told by its question words: whether something is
 * supported, how to do it, why it happens, how two things differ, what something is, where to find
 * it, when it comes, how much or how many, what the default is. Two questions about the same thing
 * that want different kinds of answer are different questions ("seata 支持 xa 吗" is not answered by
 * "seata xa 怎么配"), which word overlap alone cannot see. Found in normalized text, case ignored,
 * English words whole; where the words of two kinds overlap the longest wins ("怎么回事" asks why,
 * "怎么" how). A text may want several kinds, or none.
 */
enum Intent {

    SUPPORTED("支持", "能不能", "能否", "可不可以", "可否", "是否", "有没有", "能用吗", "可以用", "兼容", "support",
            "supports", "supported", "supporting", "can", "possible", "is there"),
    HOW("怎么", "怎样", "如何", "咋", "怎么办", "咋办", "方法", "方式", "how"),
    WHY("为什么", "为啥", "为何", "原因", "怎么回事", "咋回事", "why", "cause"),
    DIFFERENCE("区别", "差别", "差异", "不同", "对比", "比较", "哪个好", "vs", "diff", "difference", "differences",
            "different", "differ", "compare", "compared", "comparison"),
    WHAT("是什么", "是啥", "什么意思", "啥意思", "指什么", "含义", "概念", "what is", "what does", "meaning"),
    WHERE("哪里", "哪儿", "在哪", "哪有", "哪能", "地址", "文档", "where", "doc", "docs"),
    WHEN("什么时候", "何时", "啥时候", "计划", "规划", "路线", "when", "roadmap"),
    HOW_MUCH("多少", "多大", "多久", "多长", "几个", "几台", "上限", "最多", "最大", "how many", "how much", "how long",
            "limit", "maximum"),
    DEFAULT("默认", "缺省", "default", "defaults");

    private static final Intent[] KINDS = values();

    private final PhraseSet words;

    Intent(String... words) {
        this.words = new PhraseSet(List.of(words));
    }

    /** The kinds of answer the normalized text asks for, as a bit set by ordinal; 0 when none. */
    static int of(String normalized) {
        int kinds = 0;
        for (int i = 0; i < normalized.length(); ) {
            int longest = -1;
            int found = 0;
            for (Intent intent : KINDS) {
                int end = intent.words.end(normalized, i);
                if (end > longest) {
                    longest = end;
                    found = 1 << intent.ordinal();
                } else if (end == longest && end > 0) {
                    found |= 1 << intent.ordinal();
                }
            }
            if (longest > i) {
                kinds |= found;
                i = longest;
            } else {
                i++;
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
