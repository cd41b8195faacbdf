package dev.digestbot.faq;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

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
}
