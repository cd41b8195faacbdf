package dev.digestbot.match;

import dev.digestbot.faq.Project;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps every spelling of a project (its name and the aliases of {@code faq/projects.json}, in any
 * case, with or without spaces, dots, hyphens or underscores between the parts) to one canonical
 * token: the project name folded to lower-case letters and digits, e.g. {@code sofa rpc},
 * {@code SOFA-RPC} and {@code sofarpc} all become {@code sofarpc}. A spelling matches only as a
 * whole word: {@code ark} is found in "ark 的 biz", not in "markdown"; a Chinese spelling needs
 * no word boundary.
 *
 * <p>The spellings of the {@link Glossary}'s terms map to their canonical words the same way.
 * All spellings live in one character trie of their folded letters and digits, so canonicalizing
 * a text is one pass over it. Immutable and thread-safe.
 */
final class ProjectAliases {

    /** A trie node: children by folded character, and the canonical token a spelling ends in. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        String token;
    }

    private final Node root;
    /** Characters that fold to the first of some spelling: most text is skipped on one bit test. */
    private final BitSet firstChars = new BitSet();
    private final Map<String, String> canonicalByCompact;
    /** Canonical glossary words by folded spelling, for the spellings no project has. */
    private final Map<String, String> termByCompact;
    private final Map<String, String> projectByToken;
    private final Set<String> umbrellaTokens;

    private ProjectAliases(Node root, Map<String, String> canonicalByCompact, Map<String, String> termByCompact,
            Map<String, String> projectByToken, Set<String> umbrellaTokens) {
        this.root = root;
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (root.next.containsKey(fold((char) c))) {
                firstChars.set(c);
            }
        }
        this.canonicalByCompact = canonicalByCompact;
        this.termByCompact = termByCompact;
        this.projectByToken = projectByToken;
        this.umbrellaTokens = umbrellaTokens;
    }

    static ProjectAliases of(List<Project> projects) {
        return of(projects, Glossary.STANDARD);
    }

    static ProjectAliases of(List<Project> projects, Glossary glossary) {
        Map<String, String> canonicalByCompact = new HashMap<>();
        Map<String, String> projectByToken = new HashMap<>();
        Node root = new Node();
        for (Project project : projects) {
            String token = compact(project.name());
            if (token.isEmpty()) {
                continue;
            }
            projectByToken.put(token, project.name());
            add(root, canonicalByCompact, token, project.name(), project.aliases());
        }
        Map<String, String> termByCompact = new HashMap<>();
        glossary.spellings().forEach((word, spellings) -> add(root, termByCompact, word, word, spellings));
        termByCompact.keySet().removeAll(canonicalByCompact.keySet());
        Set<String> umbrellas = new HashSet<>();
        for (String name : Project.umbrellas(projects)) {
            umbrellas.add(compact(name));
        }
        return new ProjectAliases(root, Map.copyOf(canonicalByCompact), Map.copyOf(termByCompact),
                Map.copyOf(projectByToken), Set.copyOf(umbrellas));
    }

    /** Adds the name and each spelling to the trie and the map, unless a spelling is taken already. */
    private static void add(Node root, Map<String, String> byCompact, String token, String name, List<String> spellings) {
        List<String> names = new ArrayList<>(spellings);
        names.add(name);
        for (String spelling : names) {
            String key = compact(spelling);
            if (!key.isEmpty() && byCompact.putIfAbsent(key, token) == null) {
                Node node = root;
                for (int i = 0; i < key.length(); i++) {
                    node = node.next.computeIfAbsent(key.charAt(i), c -> new Node());
                }
                if (node.token == null) {
                    node.token = token;
                }
            }
        }
    }

    /**
     * The text with every project spelling and glossary spelling replaced by its canonical token,
     * set off by spaces; the longest spelling at a position wins.
     */
    String canonicalize(String text) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char first = text.charAt(i);
            if (!firstChars.get(first) || (i > 0 && isWordChar(first) && isWordChar(text.charAt(i - 1)))) {
                continue;
            }
            int end = -1;
            String token = null;
            Node node = root;
            for (int j = i; j < n && node != null; j++) {
                char c = text.charAt(j);
                if (isSeparator(c) && j > i && j + 1 < n && isWordChar(text.charAt(j - 1))) {
                    continue;
                }
                node = node.next.get(fold(c));
                boolean endsWord = j + 1 == n || !isWordChar(c) || !isWordChar(text.charAt(j + 1));
                if (node != null && node.token != null && endsWord) {
                    end = j + 1;
                    token = node.token;
                }
            }
            if (token != null) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                }
                out.append(text, copied, i).append(' ').append(token).append(' ');
                copied = end;
                i = end - 1;
            }
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /**
     * The canonical word of a folded word that is a glossary spelling, else the word itself: for
     * the parts of an identifier, which {@link #canonicalize} sees only whole.
     */
    String canonicalWord(String folded) {
        return termByCompact.getOrDefault(folded, folded);
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

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '_' || c == '\t';
    }

    private static char fold(char c) {
        return Character.toLowerCase(c);
    }

    static String compact(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
