package dev.digestbot.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Technical terms that chat writes in Chinese or in English, or in different Chinese words: "快照"
 * and "snapshot", "热升级" and "热更新". Each group's spellings stand for one canonical word, so a
 * message and an entry that say the same thing in other words share a term. Generic to the
 * domain (distributed systems, RPC, service mesh), never to an entry.
 *
 * <p>The standard glossary is the {@code glossary.txt} resource beside this class: one group per
 * line, {@code canonical: spelling, spelling, ...}, and {@code #} comment lines. Immutable.
 */
final class Glossary {

    static final Glossary STANDARD = standard();

    private final Map<String, List<String>> spellings;

    private Glossary(Map<String, List<String>> spellings) {
        this.spellings = spellings;
    }

    /** The other spellings of each canonical word, in file order. */
    Map<String, List<String>> spellings() {
        return spellings;
    }

    /** Parses glossary lines; a line without a canonical word before its colon is an error. */
    static Glossary parse(List<String> lines) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String canonical = colon < 0 ? "" : line.substring(0, colon).strip();
            if (canonical.isEmpty() || groups.containsKey(canonical)) {
                throw new IllegalArgumentException("glossary line " + (i + 1) + ": " + line
                        + " (expected: a new canonical word, a colon, then its spellings separated by commas)");
            }
            groups.put(canonical, Arrays.stream(line.substring(colon + 1).split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList());
        }
        return new Glossary(Map.copyOf(groups));
    }

    private static Glossary standard() {
        try (InputStream in = Glossary.class.getResourceAsStream("glossary.txt")) {
            if (in == null) {
                throw new IllegalStateException("glossary.txt is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
