package dev.digestbot.digest;

import java.util.List;
import java.util.Objects;

/**
 * The line of a Q&A item that names its project, such as {@code 「MOSN」：[https://…](https://…)}:
 * the name as written and every URL on the line (link text and target may disagree).
 */
record ProjectLine(String name, List<String> urls) {

    ProjectLine {
        Objects.requireNonNull(name, "name");
        urls = List.copyOf(urls);
    }
}
