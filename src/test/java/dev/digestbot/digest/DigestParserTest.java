package dev.digestbot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Followup;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DigestParserTest {

    private static Digest parse(String qaBody) throws DigestFormatException {
        return new DigestParser(Fixtures.resolver()).parse("sofa-weekly-20210716.md",
                Fixtures.digest(qaBody));
    }

    @Test
    void numbered_items_with_quoted_questions_become_items_in_reading_order() throws Exception {
        Digest digest = parse("""
                **1、@王辉** 提问：

                >SOFARegistry 的 data 节点为什么随机连接 meta？

                A：不是随机连接，都连 meta 主节点。

                「SOFARegistry」：[https://github.com/sofastack/sofa-registry](https://github.com/sofastack/sofa-registry)

                **1. 刚刚** 提问：

                > SOFARPC 是通过 MOSN 转发协议？

                A：MOSN 支持 SOFARPC 协议的转发。

                @证道者 提问：

                > Seata 的 tc 集群怎么保证一致？

                A：tc 集群无状态，共用一套 db。
                """);

        assertEquals("2021-07-16", digest.date());
        assertEquals(List.of(1, 2, 3), digest.items().stream().map(DigestItem::ordinal).toList());
        assertEquals("SOFARegistry 的 data 节点为什么随机连接 meta？", digest.items().get(0).question());
        assertEquals("MOSN 支持 SOFARPC 协议的转发。", digest.items().get(1).answer());
        assertEquals("tc 集群无状态，共用一套 db。", digest.items().get(2).answer());
        assertEquals(new ProjectLine("SOFARegistry",
                        List.of("https://github.com/sofastack/sofa-registry",
                                "https://github.com/sofastack/sofa-registry")),
                digest.items().get(0).projectLine());
        assertTrue(digest.skipped().isEmpty());
    }

    @Test
    void closing_break_tags_are_no_text_and_do_not_hide_the_project_line() throws Exception {
        DigestItem item = parse("""
                **2、@吴岳奇** 提问：

                > Seata AT 模式无法动态代理数据源。

                A：多数据源关闭自动代理，内部的多个数据源手动代理后放进去。</br>
                Seata：[https://github.com/seata/seata](https://github.com/seata/seata)</br>
                </br>
                """).items().get(0);

        assertEquals("多数据源关闭自动代理，内部的多个数据源手动代理后放进去。", item.answer());
        assertEquals("Seata", item.projectLine().name());
    }

    @Test
    void project_lines_as_bullets_in_corner_brackets_or_autolinks_are_no_answer_text() throws Exception {
        List<DigestItem> items = parse("""
                **1、@甲** 提问：

                > TCC 两个服务怎么共享订单数据？

                A：看有没有什么好的方式。
                - Seata：https://github.com/seata/seata

                **2、@乙** 提问：

                > 协议怎么转换？

                A：在 filter 里面转换。
                「MOSN」https://github.com/mosn/mosn

                **3、@丙** 提问：

                > 全局锁是什么粒度？

                A：行级别。
                Seata：<https://github.com/seata/seata>
                """).items();

        assertEquals(List.of("看有没有什么好的方式。", "在 filter 里面转换。", "行级别。"),
                items.stream().map(DigestItem::answer).toList());
        assertEquals(List.of("Seata", "MOSN", "Seata"),
                items.stream().map(i -> i.projectLine().name()).toList());
    }

    @Test
    void answers_become_chat_text_with_lists_and_code_but_no_images_or_markup() throws Exception {
        DigestItem item = parse("""
                **1、@Q** 提问：

                > 怎么配置 **超时**？<br />
                > ![截图](https://example.org/a.png)

                A：两种办法：

                - 看文档 [配置说明](https://example.org/doc)
                - 看代码 [https://github.com/seata/seata](https://github.com/seata/seata)

                ![](https://example.org/b.png)

                ```java
                int timeout = 3000; // **not bold**
                ```

                Seata：https://github.com/seata/seata
                """).items().get(0);

        assertEquals("怎么配置 超时？", item.question());
        assertEquals("""
                两种办法：
                - 看文档 配置说明 https://example.org/doc
                - 看代码 https://github.com/seata/seata
                int timeout = 3000; // **not bold**""", item.answer());
    }

    @Test
    void later_quote_and_answer_turns_of_an_item_are_its_followups() throws Exception {
        DigestItem item = parse("""
                **@屈冉** 提问：

                > SOFAJRaft 目前支持 Multi-Raft 嘛?

                A：支持的，可以参考 rheakv 实现。

                > 有没有和 Braft 的性能比较？

                A：暂时没有。
                """).items().get(0);

        assertEquals("SOFAJRaft 目前支持 Multi-Raft 嘛?", item.question());
        assertEquals(List.of(new Followup("有没有和 Braft 的性能比较？", "暂时没有。")), item.followups());
        assertNull(item.projectLine());
    }

    @Test
    void a_bold_title_header_takes_the_first_quote_as_its_question() throws Exception {
        Digest digest = parse("""
                **2、关于 Seata 的 grouplist 问题：**

                > grouplist 什么时候用？

                A：只在 file 注册中心时用。
                """);

        assertEquals(1, digest.items().size());
        assertEquals("grouplist 什么时候用？", digest.items().get(0).question());
        assertTrue(digest.items().get(0).heading().contains("关于 Seata 的 grouplist 问题"));
    }

    @Test
    void items_without_an_answer_are_skipped_with_reason_and_line() throws Exception {
        Digest digest = parse("""
                3、@陈泽胜 提问：

                >我想问一下我这个是什么问题？

                Seata：[https://github.com/seata/seata](https://github.com/seata/seata)
                """);

        assertTrue(digest.items().isEmpty());
        SkippedItem skipped = digest.skipped().get(0);
        assertEquals(1, skipped.ordinal());
        assertEquals(11, skipped.line());
        assertEquals("a question without an A： answer", skipped.reason());
    }

    @Test
    void quotes_and_answers_outside_the_qa_section_are_not_items() throws Exception {
        assertEquals(1, parse("""
                @Q 提问：

                > 问？

                A：答。
                """).itemsFound());
    }

    @Test
    void a_text_without_a_qa_section_is_not_a_digest() {
        DigestFormatException e = assertThrows(DigestFormatException.class,
                () -> new DigestParser(Fixtures.resolver()).parse("notes.md", "# Notes\n\nhello\n"));
        assertTrue(e.getMessage().contains("no Q&A section"), e.getMessage());
    }
}
