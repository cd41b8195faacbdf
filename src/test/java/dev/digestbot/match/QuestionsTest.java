package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"seata 支持 xa 模式吗", "SOFARPC 怎么设置超时", "为什么注册不上",
            "how do I configure the registry", "timeout?", "这个报错是什么原因？", "是随机连的吗？挂了一台咋办"})
    void questions_read_as_questions(String text) {
        assertTrue(Questions.looksLikeQuestion(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"好的，谢谢", "收到", "thanks a lot", "今天发版了"})
    void statements_do_not(String text) {
        assertFalse(Questions.looksLikeQuestion(text));
    }
}
