package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemarksTest {

    @ParameterizedTest
    @ValueSource(strings = {"恭喜 Seata 2.0 正式发布🎉🎉", "MOSN 又发新版本了，给社区点赞👍", "SOFARegistry 6.0 发布了",
            "Layotto 发版了，恭喜恭喜", "SOFAJRaft 1.3.12 released!", "有道理", "原来如此，学到了 jraft 的 learner",
            "makes sense, thanks"})
    void congratulationsAndReleaseNewsAreRemarks(String text) {
        assertTrue(Remarks.isRemark(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Seata 2.0 发布了吗？", "sofarpc 新版本发布了，升级要注意什么", "发布服务的时候报错",
            "mosn 升级到 1.4 以后启动失败", "恭喜，这个问题怎么解决的？", "有道理，但是只能在 onApply 里返回吗",
            "看了文档还是不明白了 saga 的补偿"})
    void questionsAndSymptomsAreNot(String text) {
        assertFalse(Remarks.isRemark(text));
    }
}
