package dev.digestbot.faq;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project the FAQ talks about: its canonical name, repository link, and the other names
 * people write for it (lower case, spaced, misspelled). One link per project, so fixing it here
 * fixes the reply of every entry of the project.
 */
@JsonPropertyOrder({"name", "link", "aliases"})
public record Project(String name, String link, List<String> aliases) {

    public Project {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(link, "link");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /**
     * The names of the umbrella projects among these: those whose repository link is the parent
     * of another project's, as a GitHub organization is (SOFAStack's). An umbrella names the
     * family, so a text naming it and a member is about the member, and it never disagrees with one.
     */
    public static Set<String> umbrellas(List<Project> projects) {
        return projects.stream()
                .filter(parent -> {
                    String prefix = parent.link().replaceAll("/+$", "") + "/";
                    return projects.stream().anyMatch(p -> p.link().startsWith(prefix));
                })
                .map(Project::name)
                .collect(Collectors.toUnmodifiableSet());
    }
}
