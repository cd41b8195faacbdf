package dev.digestbot.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.api.ApiException;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqRules;
import dev.digestbot.faq.Project;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns admin request bodies into entries and projects, or a 400 whose detail names the field,
 * the value and what was expected: unknown fields, values of another kind and missing required
 * fields. Text is stripped; what the values must be (lengths, characters, links, references) is
 * checked by the repository with {@link FaqRules}, the same rules a hand edit keeps.
 */
final class AdminInput {

    private static final Set<String> ENTRY_FIELDS = Set.of("id", "question", "alternates", "answer",
            "project", "link", "tags", "sameAs", "disabled");
    private static final Set<String> PROJECT_FIELDS = Set.of("name", "link", "aliases");

    private AdminInput() {
    }

    /**
     * An entry from a create or replace body. {@code project} (a name or an alias), {@code link},
     * {@code sameAs} (the entry this one repeats) and {@code disabled} (why it is not answered)
     * may be absent, null or blank.
     */
    static Entry entry(JsonNode body, String id) throws ApiException {
        onlyFields(body, ENTRY_FIELDS);
        try {
            return new Entry(id, required(body, "question"), strings(body, "alternates"),
                    required(body, "answer"), optional(body, "project"), optional(body, "link"), null, null,
                    strings(body, "tags"), optional(body, "sameAs"), optional(body, "disabled"), null);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid_field", e.getMessage());
        }
    }

    /** A project from a create or replace body; aliases are stored in lower case. */
    static Project project(JsonNode body, String name) throws ApiException {
        onlyFields(body, PROJECT_FIELDS);
        List<String> aliases = new ArrayList<>();
        for (String alias : strings(body, "aliases")) {
            aliases.add(alias.toLowerCase(Locale.ROOT));
        }
        return new Project(name, required(body, "link"), aliases);
    }

    /** A project name from a body or a path: non-blank, no slash, within the limit. */
    static String projectName(String name, String field) throws ApiException {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            throw missing(field);
        }
        if (value.length() > FaqRules.MAX_NAME || value.contains("/")) {
            throw new ApiException(400, "invalid_field", field + ": \"" + shorten(value)
                    + "\" (expected: at most " + FaqRules.MAX_NAME + " characters, no slash)");
        }
        return value;
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

    /** A required string field, stripped; the repository refuses it when it is blank. */
    private static String required(JsonNode body, String field) throws ApiException {
        String value = optionalString(body, field);
        if (value == null) {
            throw missing(field);
        }
        return value.strip();
    }

    /** An optional string field, stripped; null when absent, null or blank. */
    private static String optional(JsonNode body, String field) throws ApiException {
        String value = optionalString(body, field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An optional array of strings, each stripped; empty when absent or null. */
    private static List<String> strings(JsonNode body, String field) throws ApiException {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ApiException(400, "invalid_field", field + ": " + shorten(value.toString())
                    + " (expected: an array of strings)");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                throw new ApiException(400, "invalid_field", field + "[" + i + "]: " + shorten(item.toString())
                        + " (expected: a non-empty string)");
            }
            out.add(item.textValue().strip());
        }
        return out;
    }

    private static ApiException missing(String field) {
        return new ApiException(400, "missing_field", field + ": missing or empty (expected: a non-empty string)");
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 59) + "…";
    }
}
