package dev.digestbot.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.json.JsonMapping;
import dev.digestbot.json.JsonProblem;
import dev.digestbot.json.Utf8;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;

/**
 * JSON request bodies under the rules every JSON route and channel shares: content type, strict
 * UTF-8, an object, typed fields; a 400 naming the problem in the project's words
 * ({@link JsonProblem}) otherwise.
 */
public final class Json {

    private Json() {
    }

    /**
     * The body as a JSON object, or a 400 that says what is wrong with it.
     *
     * @param contentType the request's Content-Type header, null when it has none
     */
    public static JsonNode object(String contentType, byte[] body) throws ApiException {
        requireJsonContentType(contentType);
        String text = utf8(body);
        JsonNode node;
        try {
            node = JsonMapping.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed_json", "body is not valid JSON: "
                    + JsonProblem.describe(e) + locationOf(e));
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(400, "malformed_json", "body must be a JSON object");
        }
        return node;
    }

    /** A required string field, or a 400 naming it. */
    public static String requiredString(JsonNode object, String field) throws ApiException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw new ApiException(400, "missing_field", "\"" + field + "\" is required");
        }
        if (!value.isTextual()) {
            throw new ApiException(400, "invalid_field",
                    "\"" + field + "\" must be a string, got " + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return value.textValue();
    }

    /** An optional string field: null when absent or null, 400 when of another type. */
    public static String optionalString(JsonNode object, String field) throws ApiException {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : requiredString(object, field);
    }

    /** An optional boolean field, false when absent. */
    public static boolean optionalBoolean(JsonNode object, String field) throws ApiException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new ApiException(400, "invalid_field", "\"" + field + "\" must be a boolean");
        }
        return value.booleanValue();
    }

    private static void requireJsonContentType(String type) throws ApiException {
        if (type == null) {
            throw new ApiException(400, "unsupported_content_type",
                    "Content-Type must be application/json");
        }
        String[] parts = type.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].trim().equals("application/json")) {
            throw new ApiException(400, "unsupported_content_type",
                    "Content-Type must be application/json, got " + type);
        }
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim();
            if (param.startsWith("charset=") && !param.substring(8).replace("\"", "").equals("utf-8")) {
                throw new ApiException(400, "unsupported_content_type",
                        "only charset=utf-8 is accepted, got " + type);
            }
        }
    }

    /** A body as strict UTF-8 text, or a 400. */
    public static String utf8(byte[] body) throws ApiException {
        try {
            return Utf8.decode(body);
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "invalid_utf8", "body is not valid UTF-8");
        }
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
