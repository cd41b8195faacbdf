package dev.digestbot.testing;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqChange;
import dev.digestbot.faq.FaqChangeRefused;
import dev.digestbot.faq.FaqFiles;
import dev.digestbot.faq.FaqRepository;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.Project;
import dev.digestbot.faq.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small FAQ folder written for tests: three projects, a handful of entries. */
public final class FaqFixtures {

    public static final List<Project> PROJECTS = List.of(
            new Project("SOFARegistry", "https://github.com/sofastack/sofa-registry",
                    List.of("sofaregistry", "sofa registry", "sofaregistery", "registry")),
            new Project("Seata", "https://github.com/seata/seata", List.of("seata", "fescar")),
            new Project("MOSN", "https://github.com/mosn/mosn", List.of("mosn")));

    /** Curated as the shipped FAQ is: each entry with a few phrasings of the groups besides its question. */
    public static final List<Entry> ENTRIES = List.of(
            entry("registry-meta", "SOFARegistry 的 data 节点，连接 meta 节点，为什么设计成随机选择一个节点连接，"
                    + "如果 meta 节点 3 个节点，其中有一个节点挂了，而 data 节点又随机选择到这个挂的节点，就启动失败了。",
                    "通过 slb 查询到主节点，然后所有的 session 和 data 都连接 meta 主节点。不是随机连接一个 meta。",
                    "SOFARegistry", "registry data 连接 meta 随机", "data 连 meta 主节点",
                    "meta 三台挂一台，data 启动就失败"),
            entry("seata-tc-cluster", "两个 tc 节点，就有两套 global，branch，lock 表，不同的 rm 连接不同的 tc 节点时怎么保证一致性？",
                    "tc 集群无状态的，共用一套 db 数据。", "Seata", "tc 集群 共享 db",
                    "seata-server 集群是无状态的吗", "多个 seata-server 节点之间数据咋同步"),
            entry("seata-global-lock", "Seata 里说的全局锁和本地锁对应 MySQL 的什么锁？",
                    "全局锁是 Seata 在 TC 上维护的行级锁记录，本地锁就是数据库的行锁。", "Seata",
                    "seata 全局锁 本地锁 区别", "seata global lock vs local db lock", "全局锁 对应 mysql 啥锁"),
            entry("mosn-k8s", "MOSN 对 Kubernetes 版本有限制么？", "没有限制，MOSN 不依赖特定的 Kubernetes 版本。", "MOSN",
                    "mosn k8s 版本要求", "mosn kubernetes version requirement", "mosn 对 k8s 有最低版本要求没"));

    private FaqFixtures() {
    }

    private static Entry entry(String id, String question, String answer, String project, String... alternates) {
        return new Entry(id, question, List.of(alternates), answer, project, null,
                new Source("fixture.md", 1, "2021-07-16"), List.of(), List.of(), null, null, "2021-07-16T00:00:00Z");
    }

    /** Writes the fixture FAQ into {@code dir} and returns it. */
    public static Path write(Path dir) throws IOException {
        FaqFiles.writeProjects(dir, PROJECTS);
        FaqFiles.writeEntries(dir, ENTRIES);
        return dir;
    }

    /** Creates the entries, or replaces those whose id exists, as one change of the repository. */
    public static FaqSnapshot put(FaqRepository faq, Entry... entries) throws FaqChangeRefused, IOException {
        List<FaqChange.Step> steps = new ArrayList<>();
        for (Entry e : entries) {
            steps.add(faq.snapshot().entry(e.id()).isPresent()
                    ? new FaqChange.EditEntry(e.id(), old -> e) : new FaqChange.CreateEntry(e));
        }
        return faq.apply(steps.size() == 1 ? FaqChange.of(steps.get(0)) : FaqChange.of("put entries", steps));
    }

    /** Deletes the entry with that id. */
    public static FaqSnapshot delete(FaqRepository faq, String id) throws FaqChangeRefused, IOException {
        return faq.apply(FaqChange.of(new FaqChange.DeleteEntry(id)));
    }
}
