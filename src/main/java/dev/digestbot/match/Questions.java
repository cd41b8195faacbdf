package dev.digestbot.match;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a chat message reads as a question, in Chinese or English. */
public final class Questions {

    private static final Pattern CHINESE = Pattern.compile(
            "[吗呢么嘛]\\s*$|怎么|咋|怎样|如何|为什么|为啥|什么|啥|干嘛|多少|哪些|哪个|哪里|是否|能否|可否|有没有|是不是|能不能|可不可以|支不支持|请问|求助");
    private static final Pattern ENGLISH = Pattern.compile(
            "^(how|what|why|when|where|which|who|can|could|does|do|did|is|are|should|would|will|any)\\b");

    private Questions() {
    }

    public static boolean looksLikeQuestion(String text) {
        String t = text.strip();
        if (t.indexOf('?') >= 0 || t.indexOf('？') >= 0) {
            return true;
        }
        return CHINESE.matcher(t).find() || ENGLISH.matcher(t.toLowerCase(Locale.ROOT)).find();
    }
}
