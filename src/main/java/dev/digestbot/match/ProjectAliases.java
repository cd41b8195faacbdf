package dev.digestbot.match;

import dev.digestbot.faq.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps every spelling of a project (its name and the aliases of {@code faq/projects.json}, in any
 * case, with or without spaces, dots or hyphens between the parts) to one canonical token: the
 * project name folded to lower-case letters and digits, e.g. {@code sofa rpc}, {@code SOFA-RPC}
 * and {@code sofarpc} all become {@code sofarpc}. Immutable and thread-safe.
 */
final class ProjectAliases {

    private final Pattern pattern;
    private final Map<String, String> canonicalByCompact;
    private final Map<String, String> projectByToken;
    private final Set<String> umbrellaTokens;

    private ProjectAliases(Pattern pattern, Map<String, String> canonicalByCompact,
            Map<String, String> projectByToken, Set<String> umbrellaTokens) {
        this.pattern = pattern;
        this.canonicalByCompact = canonicalByCompact;
        this.projectByToken = projectByToken;
        this.umbrellaTokens = umbrellaTokens;
    }

    static ProjectAliases of(List<Project> projects) {
        Map<String, String> canonicalByCompact = new HashMap<>();
        Map<String, String> projectByToken = new HashMap<>();
        Set<String> spellings = new HashSet<>();
        for (Project project : projects) {
            String token = compact(project.name());
            if (token.isEmpty()) {
                continue;
            }
            projectByToken.put(token, project.name());
            List<String> names = new ArrayList<>(project.aliases());
            names.add(project.name());
            for (String alias : names) {
                String key = compact(alias);
                if (!key.isEmpty()) {
                    canonicalByCompact.putIfAbsent(key, token);
                    spellings.add(alias.strip());
                }
            }
        }
        Set<String> umbrellas = new HashSet<>();
        for (Project parent : projects) {
            String prefix = parent.link().replaceAll("/+$", "") + "/";
            if (projects.stream().anyMatch(p -> p.link().startsWith(prefix))) {
                umbrellas.add(compact(parent.name()));
            }
        }
        if (spellings.isEmpty()) {
            return new ProjectAliases(null, Map.of(), Map.of(), Set.of());
        }
        String alternation = spellings.stream()
                .filter(s -> !compact(s).isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(ProjectAliases::spellingRegex)
                .distinct()
                .collect(Collectors.joining("|"));
        Pattern pattern = Pattern.compile("(?<![A-Za-z0-9])(?:" + alternation + ")(?![A-Za-z0-9])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new ProjectAliases(pattern, Map.copyOf(canonicalByCompact), Map.copyOf(projectByToken),
                Set.copyOf(umbrellas));
    }

    /** The text with every project spelling replaced by its canonical token, set off by spaces. */
    String canonicalize(String text) {
        if (pattern == null) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        do {
            String token = canonicalByCompact.get(compact(m.group()));
            m.appendReplacement(out, token == null ? "$0" : " " + token + " ");
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** The project name a canonical token stands for, or null when the token is no project. */
    String projectOf(String token) {
        return projectByToken.get(token);
    }

    /**
     * True for an umbrella project: one whose repository link is the parent of other projects'
     * links (the GitHub organization). It names the family, so it never disagrees with a member.
     */
    boolean isUmbrella(String token) {
        return umbrellaTokens.contains(token);
    }

    /** The canonical token of a project name, or null when the project is unknown. */
    String tokenOf(String projectName) {
        return projectName == null ? null : canonicalByCompact.get(compact(projectName));
    }

    private static String spellingRegex(String spelling) {
        List<String> parts = new ArrayList<>();
        for (String part : spelling.split("[\\s._\\-]+")) {
            if (!part.isEmpty()) {
                parts.add(Pattern.quote(part));
            }
        }
        return String.join("[\\s._\\-]*", parts);
    }

    static String compact(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
