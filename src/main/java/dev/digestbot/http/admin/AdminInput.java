package dev.digestbot.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.api.ApiException;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.Project;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns admin request bodies into entries and projects, or a 400 whose detail names the field,
 * the value and what was expected. The limits keep one entry readable in a chat and the FAQ
 * files reviewable.
 */
final class AdminInput {

    static final int MAX_ID = 100;
    static final int MAX_QUESTION = 1000;
    static final int MAX_ANSWER = 8000;
    static final int MAX_LINK = 2000;
    static final int MAX_ALTERNATES = 50;
    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 50;
    static final int MAX_NAME = 100;
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    static final int MAX_REASON = 200;
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "question", "alternates", "answer",
            "project", "link", "tags", "sameAs", "disabled");
    private static final Set<String> PROJECT_FIELDS = Set.of("name", "link", "aliases");

    private AdminInput() {
    }

    /**
     * An entry from a create or replace body. {@code project} may be absent or null for an entry
     * about no project in particular; {@code sameAs} names another entry this one repeats;
     * {@code disabled} is the reason the entry is not answered.
     *
     * @param id the entry's id
     * @param existing the entry being replaced, whose {@code source} and {@code followups} carry
     *     over, or null for a new entry
     */
    static Entry entry(JsonNode body, String id, FaqSnapshot snapshot, Entry existing)
            throws ApiException {
        onlyFields(body, ENTRY_FIELDS);
        String question = text(body, "question", MAX_QUESTION);
        String answer = text(body, "answer", MAX_ANSWER);
        String projectName = optionalString(body, "project");
        String project = null;
        if (projectName != null && !projectName.isBlank()) {
            project = snapshot.project(projectName.strip()).map(Project::name).orElseThrow(() -> new ApiException(
                    400, "unknown_project", "project: \"" + shorten(projectName) + "\" (expected: a name of "
                            + "GET /admin/projects)"));
        }
        String sameAs = optionalString(body, "sameAs");
        if (sameAs != null && (sameAs.equals(id) || snapshot.entry(sameAs).isEmpty())) {
            throw new ApiException(400, "unknown_entry", "sameAs: \"" + shorten(sameAs)
                    + "\" (expected: the id of another entry)");
        }
        String disabled = optionalString(body, "disabled");
        return new Entry(id, question, texts(body, "alternates", MAX_ALTERNATES, MAX_QUESTION),
                answer, project, optionalLink(body, "link"),
                existing == null ? null : existing.source(),
                existing == null ? null : existing.followups(),
                texts(body, "tags", MAX_TAGS, MAX_TAG), sameAs,
                disabled == null || disabled.isBlank() ? null : within("disabled", disabled.strip(), MAX_REASON),
                null);
    }

    /** A project from a create or replace body. */
    static Project project(JsonNode body, String name) throws ApiException {
        onlyFields(body, PROJECT_FIELDS);
        String link = optionalLink(body, "link");
        if (link == null) {
            throw missing("link");
        }
        List<String> aliases = new ArrayList<>();
        for (String alias : texts(body, "aliases", MAX_ALTERNATES, MAX_NAME)) {
            aliases.add(alias.toLowerCase(Locale.ROOT));
        }
        return new Project(name, link, aliases);
    }

    /** A project name from a body or a path: non-blank, no slash, within the limit. */
    static String projectName(String name, String field) throws ApiException {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            throw missing(field);
        }
        if (value.length() > MAX_NAME || value.contains("/")) {
            throw new ApiException(400, "invalid_field", field + ": \"" + shorten(value)
                    + "\" (expected: at most " + MAX_NAME + " characters, no slash)");
        }
        return value;
    }

    /** An entry id from a body or a path. */
    static String id(String id, String field) throws ApiException {
        if (id == null || id.isEmpty()) {
            throw missing(field);
        }
        if (id.length() > MAX_ID || !ID.matcher(id).matches()) {
            throw new ApiException(400, "invalid_field", field + ": \"" + shorten(id)
                    + "\" (expected: letters, digits, '.', '_' or '-', starting with a letter or "
                    + "digit, at most " + MAX_ID + " characters)");
        }
        return id;
    }

    /** An optional string field, null when absent or null. */
    static String optionalString(JsonNode body, String field) throws ApiException {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ApiException(400, "invalid_field", field + ": " + shorten(value.toString())
                    + " (expected: a string)");
        }
        return value.textValue();
    }

    static void onlyFields(JsonNode body, Set<String> allowed) throws ApiException {
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ApiException(400, "unknown_field", shorten(name) + ": unknown field "
                        + "(expected: one of " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    /** A required, non-blank string field within {@code max} characters, stripped. */
    private static String text(JsonNode body, String field, int max) throws ApiException {
        String value = optionalString(body, field);
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
        return within(field, value.strip(), max);
    }

    private static List<String> texts(JsonNode body, String field, int maxItems, int maxChars)
            throws ApiException {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ApiException(400, "invalid_field", field + ": " + shorten(value.toString())
                    + " (expected: an array of strings)");
        }
        if (value.size() > maxItems) {
            throw new ApiException(400, "too_long", field + ": " + value.size()
                    + " items (expected: at most " + maxItems + ")");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String name = field + "[" + i + "]";
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw new ApiException(400, "invalid_field", name + ": " + shorten(item.toString())
                        + " (expected: a non-empty string)");
            }
            out.add(within(name, item.textValue().strip(), maxChars));
        }
        return out;
    }

    private static String optionalLink(JsonNode body, String field) throws ApiException {
        String value = optionalString(body, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String link = within(field, value.strip(), MAX_LINK);
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return link;
            }
        } catch (URISyntaxException e) {
            // answered below with what was expected
        }
        throw new ApiException(400, "invalid_field", field + ": \"" + shorten(link)
                + "\" (expected: an http or https URL)");
    }

    private static String within(String field, String value, int max) throws ApiException {
        if (value.length() > max) {
            throw new ApiException(400, "too_long", field + ": " + value.length()
                    + " characters (expected: at most " + max + ")");
        }
        return value;
    }

    private static ApiException missing(String field) {
        return new ApiException(400, "missing_field", field + ": missing or empty (expected: a non-empty string)");
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 59) + "…";
    }
}
