package dev.digestbot.match;

import java.util.regex.Pattern;

/**
 * Whether a chat message is a remark rather than a question: congratulations and praise ("恭喜
 * Seata 2.0 正式发布", "给社区点赞"), a release announcement ("SOFARegistry 6.0 发布了") or an
 * acknowledgement of an answer ("有道理", "原来如此 学到了"). Such messages name projects and
 * versions or repeat how a digest's follow-up question began, so they look like questions to the
 * index, yet nobody asks anything. A message that reads as a question ({@link Questions}) is never
 * a remark.
 */
final class Remarks {

    private static final Pattern PRAISE = Pattern.compile("恭喜|祝贺|点赞|撒花|喜大普奔|congrat", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile(
            "(?<![没不])(有道理|说得对|说的对|原来如此|学到了|学习了|涨知识|受教|懂了|明白了|了解了)|\\bmakes sense\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELEASE = Pattern.compile(
            "(发布|发版|上线)(了|啦)|正式发布|正式版发布|\\breleased\\b|\\bis out\\b", Pattern.CASE_INSENSITIVE);

    private Remarks() {
    }

    static boolean isRemark(String text) {
        boolean remark = PRAISE.matcher(text).find() || ACKNOWLEDGEMENT.matcher(text).find()
                || RELEASE.matcher(text).find();
        return remark && !Questions.looksLikeQuestion(text);
    }
}
