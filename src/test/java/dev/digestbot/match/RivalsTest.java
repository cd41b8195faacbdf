package dev.digestbot.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RivalsTest {

    private final Rivals rivals = Rivals.STANDARD;

    @Test
    void membersOfAKindAreNamedUnderOneSpellingAndVersionsToo() {
        assertEquals(Set.of("language:go", "registry:sofaregistry"), rivals.named("sofaregistry 有 golang 客户端吗"));
        assertEquals(Set.of("database:postgresql", "version:seata@1.5.2"), rivals.named("seata 1.5.2 支持 PG 吗"));
        assertEquals(Set.of("version:jdk@17", "version:springboot@2.4.x", "framework:spring boot"),
                rivals.named("jdk 17 下 SpringBoot 2.4.x 能用吗"));
        assertEquals(Set.of(), rivals.named("@GlobalTransactional 注解 放哪里"));
        assertEquals(Set.of(), rivals.named("golangci 和 javadoc"), "only whole words");
    }

    @Test
    void anAddressIsNoVersion() {
        assertEquals(Set.of(), rivals.named("xid in change during RPC from 192.168.2.115 8091 to null"));
        assertEquals(Set.of(), rivals.named("连 10.0.x.x 的 tc 超时"));
        assertEquals(Set.of("version:seata@1.4.2"), rivals.named("seata 1.4.2 连 127.0.0.1 8091"));
    }

    @Test
    void aConflictIsAnotherMemberOfAKindTheEntryNames() {
        Set<String> entry = rivals.named("SOFARegistry 有 Java 和 Python 的客户端吗");
        assertEquals(1, rivals.conflict(rivals.named("sofaregistry 有 go 客户端吗"), entry));
        assertEquals(0, rivals.conflict(rivals.named("sofaregistry python 客户端"), entry));
        assertEquals(0, rivals.conflict(rivals.named("seata 支持 oracle 吗"), entry), "a kind the entry never names");
        assertEquals(1, rivals.conflict(rivals.named("spring boot 3 jdk17 支持吗"), rivals.named("升 SpringBoot to 2.4.x 还有计划吗")));
    }

    @Test
    void aMajorVersionFollowsItsProductAndACountIsNone() {
        assertEquals(Set.of("framework:spring boot", "version:springboot@3"),
                rivals.named("sofaboot 什么时候支持 spring boot 3"));
        assertEquals(Set.of("protocol:dubbo", "version:dubbo@3"), rivals.named("能调 dubbo 3 的服务吗"));
        assertEquals(Set.of(), rivals.named("seata 2 个节点 mosn 3台"));
    }

    @Test
    void aVersionMadeMorePreciseIsTheSameVersion() {
        Set<String> entry = rivals.named("升 SpringBoot to 2.4.x 还有计划吗");
        assertEquals(1, rivals.conflict(rivals.named("sofaboot 什么时候支持 spring boot 3"), entry));
        assertEquals(0, rivals.conflict(rivals.named("sofaboot 支持 spring boot 2.4.13 吗"), entry));
        assertEquals(0, rivals.conflict(rivals.named("seata 1.4 有这个问题吗"), rivals.named("seata 1.4.2 的 bug")));
        assertEquals(1, rivals.conflict(rivals.named("seata 1.5 有这个问题吗"), rivals.named("seata 1.4.2 的 bug")));
    }

    @Test
    void versionsOfTwoNamedProductsAreUnrelated() {
        Set<String> entry = rivals.named("sofaboot 3.11.0 会升到 spring boot 2.4.13 吗");
        assertEquals(Set.of("framework:spring boot", "version:sofaboot@3.11.0", "version:springboot@2.4.13"), entry);
        assertEquals(1, rivals.conflict(rivals.named("SOFABoot 什么时候支持 Spring Boot 3"), entry));
        assertEquals(0, rivals.conflict(rivals.named("spring boot 2.4 能用 sofaboot 吗"), entry));
        assertEquals(0, rivals.conflict(rivals.named("jdk17 能跑吗"), rivals.named("seata 1.4.2 的 bug")));
        Set<String> unnamedToo = rivals.named("springboot 2.4.x 有 plan 吗，3.11.0 会上 2.4.13?");
        assertEquals(1, rivals.conflict(rivals.named("spring boot 3 呢"), unnamedToo), "the product's versions");
        assertEquals(0, rivals.conflict(rivals.named("3.11.0 发了吗"), unnamedToo));
    }

    @Test
    void aLineWithoutAKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Rivals.parse(List.of(": java, go")));
    }
}
