package dev.digestbot.match;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

/**
 * Words that carry no topic in a chat question: English function words, Chinese particles,
 * pronouns and question words, and chat acknowledgements. Generic to chat, never to an entry.
 */
final class Stopwords {

    private static final Set<String> LATIN = Set.of(
            "a", "an", "the", "is", "are", "was", "be", "to", "of", "in", "on", "at", "for", "by",
            "and", "or", "not", "it", "its", "this", "that", "with", "as", "do", "does", "did",
            "can", "could", "will", "would", "should", "how", "what", "why", "when", "which", "who",
            "i", "we", "you", "he", "she", "they", "me", "my", "our", "your", "any", "there", "if",
            "so", "but", "from", "has", "have", "ok", "okay", "thanks", "thank", "thx", "pls",
            "please", "hello", "hi", "hey", "lol", "yes", "no");

    /** Particles, function characters and personal pronouns; a bigram containing one is not a word either. */
    private static final String PARTICLES = "的了吗嘛呢啊吧呀么哦哈呗啦咋啥滴哇哎嗯噢喔我你您他她它";

    private static final String STOP_CHARS = PARTICLES
            + "是我你他她它们这那个一也就都还在有和与及或被把让给下想问请得地着过吗该会要能用";

    private static final long[] BIGRAMS = pairs(
            "怎么", "什么", "如何", "为何", "是否", "能否", "可否", "可以", "是不", "不是", "有没",
            "我们", "你们", "他们", "这个", "那个", "一个", "这种", "那种", "这样", "那样", "这边", "那边",
            "现在", "目前", "支持", "问题", "一下", "时候", "应该", "需要", "回事", "请问", "请教", "谢谢", "感谢",
            "多谢", "收到", "好的", "明白", "试试", "大家", "各位", "早上", "晚上", "新人", "报到", "恭喜",
            "哈哈", "知道", "有人", "一般", "到底", "还是", "或者", "但是", "因为", "所以", "如果", "然后",
            "就是", "已经", "自己", "觉得", "感觉", "看看", "看下", "会不", "能不", "不能", "不会",
            "有个", "个问", "下这", "想要", "直接", "怎样", "哪里", "哪些", "多少", "里面", "上面", "下面",
            "试一", "看一", "等一", "查一", "改一", "没问");

    /** {@link #hash} of each of {@link #BIGRAMS}: a bigram whose hash is missing is no stop bigram. */
    private static final BitSet BIGRAM_HASHES = hashes(BIGRAMS);
    private static final BitSet PARTICLE_SET = bits(PARTICLES);
    private static final BitSet STOP_CHAR_SET = bits(STOP_CHARS);

    private Stopwords() {
    }

    /** The character pairs of the bigrams as {@link #pair} keys, sorted. */
    private static long[] pairs(String... bigrams) {
        return Arrays.stream(bigrams).mapToLong(b -> pair(b.codePointAt(0), b.codePointAt(b.offsetByCodePoints(0, 1))))
                .sorted().toArray();
    }

    private static long pair(int first, int second) {
        return (long) first << Integer.SIZE | second;
    }

    private static BitSet hashes(long[] pairs) {
        BitSet set = new BitSet();
        Arrays.stream(pairs).forEach(pair -> set.set(hash(pair)));
        return set;
    }

    /** 16 bits of the pair, well mixed. */
    private static int hash(long pair) {
        return (int) (pair * 0x9E3779B97F4A7C15L >>> 48);
    }

    private static BitSet bits(String chars) {
        BitSet set = new BitSet();
        chars.codePoints().forEach(set::set);
        return set;
    }

    static boolean isLatinStop(String word) {
        return LATIN.contains(word);
    }

    static boolean isCjkStop(int cp) {
        return STOP_CHAR_SET.get(cp);
    }

    /** A CJK bigram is dropped when it is a stop word or contains a particle. */
    static boolean isBigramStop(int first, int second) {
        if (PARTICLE_SET.get(first) || PARTICLE_SET.get(second)) {
            return true;
        }
        long pair = pair(first, second);
        return BIGRAM_HASHES.get(hash(pair)) && Arrays.binarySearch(BIGRAMS, pair) >= 0;
    }
}
