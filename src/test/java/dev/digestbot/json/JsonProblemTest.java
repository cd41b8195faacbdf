package dev.digestbot.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16, item 14: what is wrong with JSON input, in the project's words rather than Jackson's. */
class JsonProblemTest {

    record Item(String name, int count, List<String> tags) {
    }

    private static String problem(String json, Class<?> type) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JsonMapping.MAPPER.readValue(json, type));
        return JsonProblem.describe(e);
    }

    @Test
    void syntax_mistakes() {
        assertEquals("nested too deeply (expected: at most 1000 levels of arrays and objects)",
                problem("[".repeat(1500), Object.class));
        assertEquals("a number too long (expected: at most 1000 digits)", problem("1".repeat(1500), Object.class));
        assertEquals("the text ends too early (expected: the rest of an object, array or string)",
                problem("{\"a\":\"b", Object.class));
        assertEquals("unexpected character '}' (expected: a value)", problem("{\"a\":}", Object.class));
        assertEquals("unexpected character '\"' (expected: a comma between two fields or the end of the object)",
                problem("{\"a\":1 \"b\":2}", Object.class));
        assertEquals("unexpected word 'tru' (expected: a string, number, array, object, true, false or null)",
                problem("tru", Object.class));
        assertEquals("more content after the value (expected: one JSON value)", problem("{} {}", Object.class));
        assertEquals("a: duplicate key (expected: each key once in an object)", problem("{\"a\":1,\"a\":2}", Object.class));
    }

    @Test
    void values_that_do_not_fit_their_field() {
        assertEquals("count: \"many\" (expected: an integer)", problem("{\"count\":\"many\"}", Item.class));
        assertEquals("name: an object (expected: a string)", problem("{\"name\":{}}", Item.class));
        assertEquals("tags: \"x\" (expected: an array)", problem("{\"tags\":\"x\"}", Item.class));
        assertEquals("tags[1]: null (expected: a string)", problem("{\"tags\":[\"a\",null]}", Item.class));
        assertEquals("colour: unknown field (expected one of: name, count, tags)", problem("{\"count\":1,\"colour\":1}", Item.class));
        assertEquals("count: 99999999999 (expected: an integer in -2147483648..2147483647)",
                problem("{\"count\":99999999999}", Item.class));
    }
}
