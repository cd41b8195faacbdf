package dev.digestbot.digest;

import dev.digestbot.faq.FaqFiles;
import dev.digestbot.faq.Project;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Small projects table and digest text shared by the digest tests. */
final class Fixtures {

    static final List<Project> PROJECTS = List.of(
            new Project("MOSN", "https://github.com/mosn/mosn", List.of("mosn", "sofa-mosn")),
            new Project("Seata", "https://github.com/seata/seata", List.of("seata")),
            new Project("SOFAJRaft", "https://github.com/sofastack/sofa-jraft",
                    List.of("sofajraft", "jraft", "rheakv")),
            new Project("SOFARegistry", "https://github.com/sofastack/sofa-registry",
                    List.of("sofaregistry", "sofaregistery", "sofa-registry")),
            new Project("SOFARPC", "https://github.com/sofastack/sofa-rpc",
                    List.of("sofarpc", "sofa-rpc", "sofa rpc")));

    private Fixtures() {
    }

    static ProjectResolver resolver() {
        return new ProjectResolver(PROJECTS);
    }

    /** A FAQ folder holding only the fixture projects. */
    static Path faqFolder(Path dir) throws IOException {
        FaqFiles.writeProjects(dir, PROJECTS);
        return dir;
    }

    /** A digest with front matter, a Q&A section of the given body, and a news section. */
    static String digest(String qaBody) {
        return """
                ---
                title: "SOFA Weekly | test"
                date: 2021-07-16T15:00:00+08:00
                ---
                SOFA WEEKLY | 每周精选，筛选每周精华问答

                ### 每周读者问答提炼

                欢迎大家向公众号留言提问或在群里与我们互动

                """ + qaBody + """

                ### 本周发布

                **1、发布 MOSN v1.0.0，主要变更如下：**

                > 这不是提问

                A：这也不是回答
                """;
    }
}
