package dev.digestbot.digest;

import dev.digestbot.faq.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the canonical project for a name, a repository URL, or the product names a text mentions,
 * using the names, aliases and links of {@code faq/projects.json}.
 */
final class ProjectResolver {

    private final Map<String, Project> byAlias = new LinkedHashMap<>();
    /** The umbrella projects ({@link Project#umbrellas}): a text that names a product too is about that product. */
    private final Set<String> umbrellas;
    private final List<Project> projects;
    private final Pattern mention;

    ProjectResolver(List<Project> projects) {
        this.projects = List.copyOf(projects);
        this.umbrellas = Project.umbrellas(projects);
        for (Project p : projects) {
            byAlias.putIfAbsent(key(p.name()), p);
            for (String alias : p.aliases()) {
                byAlias.putIfAbsent(key(alias), p);
            }
        }
        List<String> aliases = new ArrayList<>(byAlias.keySet());
        aliases.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String alias : aliases) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(alias));
        }
        // ASCII word edges only: Chinese text runs straight into names ("用Seata的").
        this.mention = Pattern.compile("(?<![a-z0-9])(" + alternation + ")(?![a-z0-9])");
    }

    /**
     * The project of a Q&A item: from its project line when that names a known project, else the
     * product its text mentions most, else the product its heading names. When the line's name and link disagree (a copy-paste slip
     * in the digest), the one the item's text mentions more wins, the name on a tie.
     */
    Optional<Project> resolve(DigestItem item) {
        List<Project> mentioned = mentioned(item.allText());
        ProjectLine line = item.projectLine();
        if (line != null) {
            List<Project> named = new ArrayList<>();
            byName(line.name().replaceFirst("(?i)\\s*github$", "")).ifPresent(named::add);
            for (String url : line.urls()) {
                byUrl(url).filter(p -> !named.contains(p)).ifPresent(named::add);
            }
            if (!named.isEmpty()) {
                return named.stream().min(Comparator.comparingInt(p ->
                        mentioned.contains(p) ? mentioned.indexOf(p) : mentioned.size()));
            }
        }
        return mentioned.isEmpty() ? mentioned(item.heading()).stream().findFirst()
                : Optional.of(mentioned.get(0));
    }

    /** The project a name stands for: its canonical name or one of its aliases, any case. */
    Optional<Project> byName(String name) {
        return Optional.ofNullable(byAlias.get(key(name)));
    }

    /** The project whose repository (or organisation, for a one-level link) holds this URL. */
    Optional<Project> byUrl(String url) {
        String target = repoPath(url);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        for (Project p : projects) {
            if (repoPath(p.link()).equals(target)) {
                return Optional.of(p);
            }
        }
        String[] parts = target.split("/");
        // A misspelled repository ("sofa-jrafta") still names its project in the path.
        return parts.length == 2 ? byName(parts[1]) : Optional.empty();
    }

    /** Mention counts per project in the text, most mentioned first, ties by first mention. */
    List<Project> mentioned(String text) {
        Map<Project, Integer> counts = new LinkedHashMap<>();
        Matcher m = mention.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(byAlias.get(m.group(1)), 1, Integer::sum);
        }
        List<Map.Entry<Project, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Comparator.comparing((Map.Entry<Project, Integer> e) ->
                umbrellas.contains(e.getKey().name())).thenComparing(
                Map.Entry::getValue, Comparator.reverseOrder()));
        return ranked.stream().map(Map.Entry::getKey).toList();
    }

    private static String repoPath(String url) {
        Matcher m = Pattern.compile("(?i)^\\s*(?:https?://)?(?:www\\.)?github\\.com/([^/\\s)#?]+)"
                + "(?:/([^/\\s)#?]+))?").matcher(url);
        if (!m.find()) {
            return "";
        }
        String repo = m.group(2) == null ? "" : "/" + m.group(2).replaceFirst("\\.git$", "");
        return (m.group(1) + repo).toLowerCase(Locale.ROOT);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
