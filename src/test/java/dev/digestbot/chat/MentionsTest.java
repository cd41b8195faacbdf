package dev.digestbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MentionsTest {

    private final Mentions mentions = new Mentions("SOFA 小助手");

    @Test
    void the_own_mention_is_stripped_whether_followed_by_a_space_or_u2005() {
        assertEquals("seata 怎么配置？", mentions.stripBot("@SOFA 小助手\u2005seata 怎么配置？"));
        assertEquals("seata 怎么配置？", mentions.stripBot("@SOFA 小助手 seata 怎么配置？"));
        assertEquals("seata 怎么配置？", mentions.stripBot("seata 怎么配置？ @SOFA 小助手"));
        assertTrue(mentions.mentionsBot("@SOFA 小助手\u2005hi"));
    }

    /** A full-width space after the name read as a mention of someone named "小助手　2". */
    @Test
    void a_full_width_or_no_break_space_after_the_name_ends_the_mention_too() {
        assertTrue(mentions.mentionsBot("@SOFA 小助手\u30002"));
        assertFalse(mentions.mentionsOthers("@SOFA 小助手\u30002"));
        assertEquals("2", mentions.stripBot("@SOFA 小助手\u30002\u3000"));
        assertEquals("2", mentions.stripBot("\u00A0@SOFA 小助手\u00A02\u00A0"));
    }

    @Test
    void a_longer_name_starting_with_the_bot_name_is_someone_else() {
        assertFalse(mentions.mentionsBot("@SOFA 小助手2 hi"));
        assertTrue(mentions.mentionsOthers("@SOFA 小助手2 hi"));
    }

    @Test
    void mentions_of_other_people_are_seen_but_email_addresses_are_not() {
        assertTrue(mentions.mentionsOthers("@张三\u2005你看看这个"));
        assertTrue(mentions.mentionsOthers("问下 @alice 这个问题"));
        assertFalse(mentions.mentionsOthers("发到 dev@sofastack.io 就行"));
        assertFalse(mentions.mentionsOthers("@SOFA 小助手 hi"));
    }
}
