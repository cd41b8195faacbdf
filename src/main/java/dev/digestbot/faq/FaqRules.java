package dev.digestbot.faq;

import dev.digestbot.faq.FaqChangeRefused.Reason;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every FAQ the bot serves keeps, whether it was written through the admin API, by the
 * importer or by hand: readable lengths, text without control characters, http(s) links, ids
 * and project names and aliases that are unique, and references that resolve (an entry's
 * project, its {@code sameAs}). The admin API refuses a breach with a 400, a hand edit is refused
 * with the file and line, both with the same detail: {@code answer: 8001 characters (expected: at
 * most 8000)}.
 *
 * <p>Entries name their project by its canonical name; {@link #withCanonicalProjects} turns a
 * name in another case or an alias into it first.
 */
public final class FaqRules {

    public static final int MAX_ID = 100;
    public static final int MAX_QUESTION = 1000;
    public static final int MAX_ANSWER = 8000;
    public static final int MAX_LINK = 2000;
    public static final int MAX_ALTERNATES = 50;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;
    public static final int MAX_NAME = 100;
    public static final int MAX_ALIASES = 50;
    public static final int MAX_REASON = 200;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String PLAIN_TEXT = "text without control characters or lone surrogates;"
            + " tabs and newlines are fine";

    /** Which list a {@link Violation} is in. */
    public enum Kind { PROJECT, ENTRY }

    /** A rule broken by the element at {@code index} of the projects or the entries. */
    public record Violation(Reason reason, Kind kind, int index, String detail) {
    }

    /** A broken rule, found while checking one element. */
    private static final class Broken extends Exception {

        final Reason reason;

        Broken(Reason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }
    }

    private FaqRules() {
    }

    /** The first rule the projects and entries break, projects first, each in list order. */
    public static Optional<Violation> check(List<Project> projects, List<Entry> entries) {
        Map<String, Integer> owners = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            try {
                checkProject(projects.get(i), i, projects, owners);
            } catch (Broken b) {
                return Optional.of(new Violation(b.reason, Kind.PROJECT, i, b.getMessage()));
            }
        }
        Set<String> names = new HashSet<>();
        projects.forEach(p -> names.add(p.name()));
        Map<String, Entry> byId = new HashMap<>();
        for (Entry e : entries) {
            byId.putIfAbsent(e.id(), e);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            try {
                if (!seen.add(e.id())) {
                    throw new Broken(Reason.DUPLICATE_ID, "id: \"" + e.id() + "\" (expected: an id no other entry has)");
                }
                checkFields(e);
                if (e.project() != null && !names.contains(e.project())) {
                    throw new Broken(Reason.UNKNOWN_PROJECT, "project: \"" + shortened(e.project())
                            + "\" (expected: the name or an alias of a project)");
                }
                checkSameAs(e, byId);
            } catch (Broken b) {
                return Optional.of(new Violation(b.reason, Kind.ENTRY, i, b.getMessage()));
            }
        }
        return Optional.empty();
    }

    /**
     * The rules one entry keeps on its own, without the rest of the FAQ (its project and
     * {@code sameAs} are not looked up); the detail of the first it breaks.
     */
    public static Optional<String> checkEntry(Entry entry) {
        try {
            checkFields(entry);
            return Optional.empty();
        } catch (Broken b) {
            return Optional.of(b.getMessage());
        }
    }

    /**
     * The entries with each project given by its canonical name: a name in another case or an
     * alias is replaced by the name; a project no project answers to is left for {@link #check}
     * to refuse.
     */
    public static List<Entry> withCanonicalProjects(List<Project> projects, List<Entry> entries) {
        Map<String, String> canonical = new HashMap<>();
        for (Project p : projects) {
            canonical.putIfAbsent(key(p.name()), p.name());
        }
        for (Project p : projects) {
            p.aliases().forEach(alias -> canonical.putIfAbsent(key(alias), p.name()));
        }
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            String name = e.project() == null ? null : canonical.get(key(e.project()));
            out.add(name == null || name.equals(e.project()) ? e : e.withProject(name));
        }
        return out;
    }

    private static void checkFields(Entry e) throws Broken {
        if (e.id().isEmpty() || e.id().length() > MAX_ID || !ID.matcher(e.id()).matches()) {
            throw new Broken(Reason.INVALID_FIELD, "id: \"" + shortened(e.id()) + "\" (expected: letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit, at most " + MAX_ID + " characters)");
        }
        text("question", e.question(), MAX_QUESTION);
        texts("alternates", e.alternates(), MAX_ALTERNATES, MAX_QUESTION);
        text("answer", e.answer(), MAX_ANSWER);
        if (e.link() != null && !e.link().isBlank()) {
            link("link", e.link());
        }
        texts("tags", e.tags(), MAX_TAGS, MAX_TAG);
        if (e.disabled() != null) {
            text("disabled", e.disabled(), MAX_REASON);
        }
        for (int i = 0; i < e.followups().size(); i++) {
            text("followups[" + i + "].question", e.followups().get(i).question(), MAX_QUESTION);
            text("followups[" + i + "].answer", e.followups().get(i).answer(), MAX_ANSWER);
        }
    }

    private static void checkProject(Project p, int index, List<Project> projects, Map<String, Integer> owners)
            throws Broken {
        text("name", p.name(), MAX_NAME);
        if (p.name().contains("/")) {
            throw new Broken(Reason.INVALID_FIELD, "name: \"" + shortened(p.name()) + "\" (expected: no slash)");
        }
        link("link", p.link());
        texts("aliases", p.aliases(), MAX_ALIASES, MAX_NAME);
        claim("name", p.name(), index, projects, owners);
        for (int i = 0; i < p.aliases().size(); i++) {
            claim("aliases[" + i + "]", p.aliases().get(i), index, projects, owners);
        }
    }

    /** Records that the project at {@code index} answers to {@code name}; refused when another does. */
    private static void claim(String field, String name, int index, List<Project> projects,
            Map<String, Integer> owners) throws Broken {
        Integer owner = owners.putIfAbsent(key(name), index);
        if (owner != null && owner != index) {
            throw new Broken(Reason.DUPLICATE_NAME, field + ": \"" + shortened(name)
                    + "\" (expected: a name no other project answers to; " + projects.get(owner).name() + " does)");
        }
    }

    private static void checkSameAs(Entry e, Map<String, Entry> byId) throws Broken {
        Entry at = e;
        for (int steps = 0; at.sameAs() != null; steps++) {
            Entry next = byId.get(at.sameAs());
            if (next == null) {
                throw new Broken(Reason.UNKNOWN_ENTRY, "sameAs: \"" + shortened(e.sameAs())
                        + "\" (expected: the id of another entry)");
            }
            if (steps > byId.size()) {
                throw new Broken(Reason.INVALID_FIELD, "sameAs: \"" + shortened(e.sameAs())
                        + "\" (expected: a link that does not lead back to this entry)");
            }
            at = next;
        }
    }

    /** A non-blank text within {@code max} characters, without control characters. */
    private static void text(String field, String value, int max) throws Broken {
        if (value.isBlank()) {
            throw new Broken(Reason.MISSING_FIELD, field + ": missing or empty (expected: a non-empty string)");
        }
        if (value.length() > max) {
            throw new Broken(Reason.TOO_LONG, field + ": " + value.length() + " characters (expected: at most "
                    + max + ")");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Broken(Reason.INVALID_FIELD, field + ": a lone surrogate " + codePoint(c)
                        + " at character " + (i + 1) + " (expected: " + PLAIN_TEXT + ")");
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                throw new Broken(Reason.INVALID_FIELD, field + ": a control character " + codePoint(c)
                        + " at character " + (i + 1) + " (expected: " + PLAIN_TEXT + ")");
            }
        }
    }

    private static void texts(String field, List<String> values, int maxItems, int maxChars) throws Broken {
        if (values.size() > maxItems) {
            throw new Broken(Reason.TOO_LONG, field + ": " + values.size() + " items (expected: at most "
                    + maxItems + ")");
        }
        for (int i = 0; i < values.size(); i++) {
            text(field + "[" + i + "]", values.get(i), maxChars);
        }
    }

    private static void link(String field, String value) throws Broken {
        text(field, value, MAX_LINK);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // refused below with what was expected
        }
        throw new Broken(Reason.INVALID_FIELD, field + ": \"" + shortened(value) + "\" (expected: an http or https URL)");
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String shortened(String value) {
        return value.length() <= 60 ? value : value.substring(0, 59) + "…";
    }
}
