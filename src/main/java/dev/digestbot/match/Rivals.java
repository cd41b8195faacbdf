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

    /** Products whose version a message may name right after them. */
    private static final String PRODUCTS = "spring ?boot|sofa ?boot|boot|dubbo|seata|mosn|istio|envoy|rocketmq|kafka"
            + "|nacos|zookeeper|mysql|redis|golang|python|k8s|kubernetes|netty|grpc|tomcat|elasticsearch|postgresql"
            + "|oracle|mongodb|jraft|sofarpc|layotto|sofaregistry|registry|ark|sofaark|shardingsphere";
    /** A dotted version ({@code 1.5.2}, {@code 2.4.x}), after its product or not ({@code spring boot 2.4.13}). */
    private static final Pattern VERSION = Pattern.compile("(?:(" + PRODUCTS + ") ?v?)?(\\d+(?:\\.(?:\\d+|x))+)");
    /** A dotted quad such as {@code 192.168.x.x}: an address the writer happens to use, not a version. */
    private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(?:\\.(?:\\d{1,3}|x+)){3}");
    private static final Pattern JAVA_VERSION = Pattern.compile("(?:jdk|java|jre) ?(\\d{1,2})");
    /**
     * A major version written after the product it is of ({@code spring boot 3}, {@code dubbo 3}),
     * not a count ({@code seata 2 个节点}, {@code mosn 3 台}).
     */
    private static final Pattern MAJOR_VERSION = Pattern.compile("(" + PRODUCTS + ") ?v?(\\d{1,2})"
            + "(?! ?(?:[个台次节秒分天条核万千倍组副份行张层级年月周]|ms|%))");
    private static final String VERSION_KIND = "version";
    private static final String VERSION_PREFIX = VERSION_KIND + ":";
    private static final char PRODUCT_SEPARATOR = '@';

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
        if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return named;
        }
        if (text.indexOf('.') >= 0) {
            Matcher v = VERSION.matcher(text);
            while (v.find()) {
                if (bounded(text, v.start(), v.end()) && !ADDRESS.matcher(v.group(2)).matches()) {
                    named.add(version(v.group(1), v.group(2)));
                }
            }
        }
        Matcher major = MAJOR_VERSION.matcher(text);
        while (major.find()) {
            if (bounded(text, major.start(), major.end())) {
                named.add(version(major.group(1), major.group(2)));
            }
        }
        if (text.contains("jdk") || text.contains("java") || text.contains("jre")) {
            Matcher j = JAVA_VERSION.matcher(text);
            while (j.find()) {
                if (bounded(text, j.start(), j.end())) {
                    named.add(version("jdk", j.group(1)));
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

    /** {@code version:1.4.2} without a product, {@code version:springboot@2.4.13} with one. */
    private static String version(String product, String number) {
        if (product == null) {
            return VERSION_PREFIX + number;
        }
        String name = product.replace(" ", "");
        return VERSION_PREFIX + (name.equals("boot") ? "springboot" : name) + PRODUCT_SEPARATOR + number;
    }

    /**
     * 1 when the message names something of a kind that the entry names too, but not the same:
     * it names another database, another version; else 0. Versions are the same when one is the
     * other made more precise ({@code 1.4} and {@code 1.4.2}, {@code 2} and {@code 2.4.x}); the
     * versions of two named products have nothing to do with each other, and a product's version
     * is compared with the entry's versions of that product when it names some.
     */
    double conflict(Set<String> message, Set<String> entry) {
        for (String thing : message) {
            String kind = kind(thing);
            String product = product(thing);
            boolean productNamed = product != null && entry.stream().anyMatch(o -> product.equals(product(o)));
            boolean same = false;
            boolean another = false;
            for (String other : entry) {
                if (kind.equals(kind(other)) && !(productNamed && product(other) == null)) {
                    Relation r = relation(thing, other);
                    same |= r == Relation.SAME;
                    another |= r == Relation.ANOTHER;
                }
            }
            if (another && !same) {
                return 1;
            }
        }
        return 0;
    }

    private enum Relation { SAME, ANOTHER, UNRELATED }

    private static Relation relation(String thing, String other) {
        if (thing.equals(other)) {
            return Relation.SAME;
        }
        if (!thing.startsWith(VERSION_PREFIX) || !other.startsWith(VERSION_PREFIX)) {
            return Relation.ANOTHER;
        }
        String a = product(thing);
        String b = product(other);
        if (a != null && b != null && !a.equals(b)) {
            return Relation.UNRELATED;
        }
        String[] x = number(thing).split("\\.");
        String[] y = number(other).split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i]) && !x[i].equals("x") && !y[i].equals("x")) {
                return Relation.ANOTHER;
            }
        }
        return Relation.SAME;
    }

    /** The product a version names, or null (for a version without one, or another kind of thing). */
    private static String product(String thing) {
        int at = thing.indexOf(PRODUCT_SEPARATOR);
        return thing.startsWith(VERSION_PREFIX) && at >= 0 ? thing.substring(VERSION_PREFIX.length(), at) : null;
    }

    private static String number(String version) {
        return version.substring(Math.max(version.indexOf(PRODUCT_SEPARATOR) + 1, VERSION_PREFIX.length()));
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
