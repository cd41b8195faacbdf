package dev.digestbot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cleaning rules that turn digest markdown into chat text, one by one. */
final class ChatTextTest {

    @Test
    void every_kind_of_html_line_break_is_gone() {
        assertEquals("第一行\n第二行\n第三行", ChatText.clean(List.of("第一行<br />第二行</br>", "第三行<BR>")));
    }

    @Test
    void a_link_into_the_digest_site_gets_the_site_address() {
        assertEquals("相关阅读：Seata 实践 https://www.sofastack.tech/blog/seata-practice/",
                ChatText.clean(List.of("相关阅读：[Seata 实践](/blog/seata-practice/)")));
        assertEquals("见 https://example.org/a", ChatText.clean(List.of("见 [https://example.org/a](https://example.org/a)")));
    }

    @Test
    void a_list_numbered_one_every_time_is_numbered_in_order() {
        assertEquals("重试规则：\n1. 提交失败时重试提交；\n2. 补偿失败时重试补偿；\n3. 超时重试补偿。\n1.5 版本以后不同",
                ChatText.clean(List.of("重试规则：", "1. 提交失败时重试提交；", "1. 补偿失败时重试补偿；",
                        "1. 超时重试补偿。", "1.5 版本以后不同")));
        assertEquals(List.of("1、第一", "2、第二"), ChatText.renumbered(List.of("1、第一", "1、第二")));
        assertEquals(List.of("1. 只有一项"), ChatText.renumbered(List.of("1. 只有一项")));
    }

    @Test
    void code_in_fences_is_kept_as_it_is() {
        assertEquals("配置：\n<dependency>\n  <scope>provided</scope>\n</dependency>",
                ChatText.clean(List.of("配置：", "```xml", "<dependency>", "  <scope>provided</scope>", "</dependency>", "```")));
    }
}
