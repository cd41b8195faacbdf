package dev.digestbot.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private static final Pattern VERSION = Pattern.compile(
            "(?<![\\w.])(?:(jdk|java|jre)\\s?(\\d{1,2})|(\\d+\\.\\d+(?:\\.\\d+|\\.x)*))(?![\\w.])");
    private static final String VERSION_KIND = "version";

    private final Pattern members;
    /** The member a spelling names, and the kind of each member. */
    private final Map<String, String> memberOf;
    private final Map<String, String> kindOf;

    private Rivals(Pattern members, Map<String, String> memberOf, Map<String, String> kindOf) {
        this.members = members;
        this.memberOf = memberOf;
        this.kindOf = kindOf;
    }

    /** Parses kind lines; a line without a kind before its colon is an error. */
    static Rivals parse(List<String> lines) {
        Map<String, String> memberOf = new HashMap<>();
        Map<String, String> kindOf = new HashMap<>();
        List<String> spellings = new ArrayList<>();
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
                    memberOf.putIfAbsent(name.strip(), canonical);
                    spellings.add(name.strip());
                }
            }
        }
        spellings.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder();
        for (String s : spellings) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(s));
        }
        Pattern members = Pattern.compile("(?<![a-z0-9])(?:" + alternation + ")(?![a-z0-9+#])");
        return new Rivals(members, Map.copyOf(memberOf), Map.copyOf(kindOf));
    }

    /** The members and versions the normalized text names, as {@code kind:member}. */
    Set<String> named(String normalized) {
        String text = normalized.toLowerCase(Locale.ROOT);
        Set<String> named = new HashSet<>();
        Matcher m = members.matcher(text);
        while (m.find()) {
            named.add(memberOf.get(m.group()));
        }
        Matcher v = VERSION.matcher(text);
        while (v.find()) {
            named.add(VERSION_KIND + ":" + (v.group(1) != null ? "jdk" + v.group(2) : v.group(3)));
        }
        return named;
    }

    /**
     * 1 when the message names something of a kind that the entry names too, but not the same:
     * it names another database, another version; else 0.
     */
    double conflict(Set<String> message, Set<String> entry) {
        for (String thing : message) {
            if (entry.contains(thing)) {
                continue;
            }
            String kind = kind(thing);
            for (String other : entry) {
                if (kind.equals(kind(other))) {
                    return 1;
                }
            }
        }
        return 0;
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
