package dev.digestbot.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * The one Jackson mapper of the bot: it reads and writes the FAQ records, request and response
 * bodies, labelled sets and version metadata alike, so every JSON input is held to one standard.
 *
 * <p>Strict where a lenient reading would hide a mistake: an unknown field, a duplicate key, null
 * for a number, a null list element or tokens after the value are refused (see {@link JsonProblem}
 * for how they are told). Lenient where the old FAQ reader was: a number or boolean where text is
 * expected reads as its JSON text, an integer may be written as a string of digits or with a
 * fraction (dropped). Thread-safe once built; built on first use.
 */
public final class JsonMapping {

    /** The shared mapper. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
            .addHandler(new FoundValues())
            .build();

    /**
     * The FAQ files' layout: two-space indent, one array element and one field per line, so a
     * change gives a small diff.
     */
    public static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private JsonMapping() {
    }
}
