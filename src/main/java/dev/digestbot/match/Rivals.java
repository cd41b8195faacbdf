package dev.digestbot.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Things of one kind that a question can name where another would change the answer: languages,
 * databases, registries, protocols, versions. "sofaregistry 有 go 客户端吗" is not answered by an
 * entry about its Java and Python clients, though the words mostly agree; word overlap cannot see
 * that, this can. The kinds are the {@code rivals.txt} resource beside this class (one kind a line:
 * {@code kind: member, member|spelling, …}); version numbers ({@code 1.5.2}, {@code 2.4.x},
 * {@code jdk17}) are a kind of their own. Generic to the domain, never to an entry. Immutable.
 */
final class Rivals {

    static final Rivals STANDARD = standard();

    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.(?:\\d+|x))+");
    /** A dotted quad such as {@code 192.168.x.x}: an address the writer happens to use, not a version. */
    private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(?:\\.(?:\\d{1,3}|x+)){3}");
    private static final Pattern JAVA_VERSION = Pattern.compile("(?:jdk|java|jre) ?(\\d{1,2})");
    /**
     * A major version written after the product it is of ({@code spring boot 3}, {@code dubbo 3},
     * {@code seata 2}), not a count ({@code seata 2 个节点}, {@code mosn 3 台}).
     */
    private static final Pattern MAJOR_VERSION = Pattern.compile("(?:spring ?boot|sofa ?boot|boot|dubbo|seata|mosn|istio"
            + "|envoy|rocketmq|kafka|nacos|zookeeper|mysql|redis|golang|python|k8s|kubernetes|netty|grpc|tomcat"
            + "|elasticsearch|postgresql|oracle|mongodb|jraft|sofarpc|layotto|sofaregistry|registry|ark) ?v?(\\d{1,2})"
            + "(?! ?(?:[个台次节秒分天条核万千倍组副份行张层级年月周]|ms|%))");
    private static final String VERSION_KIND = "version";

    /** The member a spelling names: spellings of letters and digits only, found as whole words. */
    private final Map<String, String> words;
    /** The longest of those spellings: longer words of a text are no member. */
    private final int longestWord;
    /** Spellings with spaces, punctuation or CJK, found by search: a handful. */
    private final Map<String, String> phrases;
    private final Map<String, String> kindOf;

    private Rivals(Map<String, String> words, Map<String, String> phrases, Map<String, String> kindOf) {
        this.words = words;
        this.longestWord = words.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.phrases = phrases;
        this.kindOf = kindOf;
    }

    /** Parses kind lines; a line without a kind before its colon is an error. */
    static Rivals parse(List<String> lines) {
        Map<String, String> words = new HashMap<>();
        Map<String, String> phrases = new HashMap<>();
        Map<String, String> kindOf = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String kind = colon < 0 ? "" : line.substring(0, colon).strip();
            if (kind.isEmpty()) {
                throw new IllegalArgumentException("rivals line " + (i + 1) + ": " + line
                        + " (expected: a kind, a colon, then its members separated by commas)");
            }
            for (String member : line.substring(colon + 1).split(",")) {
                String[] names = member.strip().toLowerCase(Locale.ROOT).split("\\|");
                String canonical = kind + ":" + names[0].strip();
                kindOf.put(canonical, kind);
                for (String name : names) {
                    String spelling = name.strip();
                    (spelling.chars().allMatch(Rivals::isWordChar) ? words : phrases).putIfAbsent(spelling, canonical);
                }
            }
        }
        return new Rivals(Map.copyOf(words), Map.copyOf(phrases), Map.copyOf(kindOf));
    }

    private static boolean isWordChar(int c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The members and versions the normalized text names, as {@code kind:member}. */
    Set<String> named(String normalized) {
        String text = normalized.toLowerCase(Locale.ROOT);
        Set<String> named = new HashSet<>();
        for (int i = 0; i < text.length(); ) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end - i <= longestWord) {
                String member = words.get(text.substring(i, end));
                if (member != null) {
                    named.add(member);
                }
            }
            i = end;
        }
        phrases.forEach((spelling, member) -> {
            if (wholeAt(text, spelling)) {
                named.add(member);
            }
        });
        if (text.indexOf('.') >= 0) {
            Matcher v = VERSION.matcher(text);
            while (v.find()) {
                if (bounded(text, v.start(), v.end()) && !ADDRESS.matcher(v.group()).matches()) {
                    named.add(VERSION_KIND + ":" + v.group());
                }
            }
        }
        Matcher major = MAJOR_VERSION.matcher(text);
        while (major.find()) {
            if (bounded(text, major.start(), major.end())) {
                named.add(VERSION_KIND + ":" + major.group(1));
            }
        }
        if (text.contains("jdk") || text.contains("java") || text.contains("jre")) {
            Matcher j = JAVA_VERSION.matcher(text);
            while (j.find()) {
                if (bounded(text, j.start(), j.end())) {
                    named.add(VERSION_KIND + ":jdk" + j.group(1));
                }
            }
        }
        return named;
    }

    /** Whether the spelling occurs in the text not inside a longer word. */
    private static boolean wholeAt(String text, String spelling) {
        for (int at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
            if (bounded(text, at, at + spelling.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean bounded(String text, int start, int end) {
        boolean left = start == 0 || !isWordChar(text.charAt(start - 1)) && text.charAt(start - 1) != '.';
        boolean right = end == text.length() || !isWordChar(text.charAt(end)) && text.charAt(end) != '.';
        return left && right;
    }

    /**
     * 1 when the message names something of a kind that the entry names too, but not the same:
     * it names another database, another version; else 0. Versions are the same when one is the
     * other made more precise ({@code 1.4} and {@code 1.4.2}, {@code 2} and {@code 2.4.x}).
     */
    double conflict(Set<String> message, Set<String> entry) {
        for (String thing : message) {
            String kind = kind(thing);
            boolean another = false;
            for (String other : entry) {
                if (kind.equals(kind(other))) {
                    if (same(thing, other)) {
                        another = false;
                        break;
                    }
                    another = true;
                }
            }
            if (another) {
                return 1;
            }
        }
        return 0;
    }

    private static boolean same(String thing, String other) {
        if (thing.equals(other)) {
            return true;
        }
        String prefix = VERSION_KIND + ":";
        if (!thing.startsWith(prefix) || !other.startsWith(prefix)) {
            return false;
        }
        String[] a = thing.substring(prefix.length()).split("\\.");
        String[] b = other.substring(prefix.length()).split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i]) && !a[i].equals("x") && !b[i].equals("x")) {
                return false;
            }
        }
        return true;
    }

    private String kind(String thing) {
        return kindOf.getOrDefault(thing, thing.substring(0, thing.indexOf(':')));
    }

    private static Rivals standard() {
        try (InputStream in = Rivals.class.getResourceAsStream("rivals.txt")) {
            if (in == null) {
                throw new IllegalStateException("rivals.txt is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
