package dev.digestbot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectTest {

    @Test
    void anUmbrellaIsTheProjectWhoseLinkIsTheParentOfAnothers() {
        List<Project> projects = List.of(
                new Project("SOFAStack", "https://github.com/sofastack/", List.of()),
                new Project("SOFARPC", "https://github.com/sofastack/sofa-rpc", List.of()),
                new Project("Seata", "https://github.com/seata/seata", List.of()),
                new Project("MOSN", "https://github.com/mosn/mosn", List.of()));

        assertEquals(Set.of("SOFAStack"), Project.umbrellas(projects));
        assertEquals(Set.of(), Project.umbrellas(projects.subList(1, 4)));
    }
}
