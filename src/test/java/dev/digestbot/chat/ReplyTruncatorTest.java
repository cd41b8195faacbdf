package dev.digestbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplyTruncatorTest {

    private static final String LINK = "\n\nSOFARPC：https://github.com/sofastack/sofa-rpc";

    @Test
    void a_reply_within_the_limit_is_unchanged() {
        String reply = "短答案。" + LINK;
        assertEquals(reply, ReplyTruncator.truncate(reply, 2047));
    }

    @Test
    void an_over_long_answer_is_cut_at_a_sentence_and_keeps_the_project_link() {
        String sentence = "这是一个很长的回答句子，用来填满字节预算。";
        String reply = sentence.repeat(200) + LINK;

        String cut = ReplyTruncator.truncate(reply, 2047);

        assertTrue(ReplyTruncator.bytes(cut) <= 2047, () -> ReplyTruncator.bytes(cut) + " bytes");
        assertTrue(cut.endsWith("。…" + LINK), cut);
        assertTrue(cut.startsWith(sentence));
    }

    @Test
    void text_without_sentence_ends_is_cut_on_a_code_point_boundary() {
        String reply = "😀".repeat(100);
        String cut = ReplyTruncator.truncate(reply, 50);
        assertEquals("😀".repeat(11) + "…", cut);
    }

    @Test
    void without_a_link_line_the_whole_text_is_the_answer() {
        String reply = "One. Two. Three. Four.";
        assertEquals("One. Two.…", ReplyTruncator.truncate(reply, 18));
    }
}
