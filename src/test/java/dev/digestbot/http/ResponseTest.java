package dev.digestbot.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.digestbot.json.JsonMapping;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseTest {

    @Test
    void plain_fields_are_written_as_data_binding_writes_them() throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", "READY");
        fields.put("entries", 459);
        fields.put("faqVersion", 12L);
        fields.put("ok", true);
        fields.put("problem", null);
        fields.put("detail", "引号 \"quoted\", a tab\t and a newline\n: 小助手\u2005");
        Response response = Response.jsonFields(503, fields);
        assertEquals(503, response.status());
        assertEquals(Response.JSON, response.contentType());
        assertArrayEquals(JsonMapping.MAPPER.writeValueAsBytes(fields), response.body(),
                new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void other_values_are_refused_naming_the_field() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Response.jsonFields(200, Map.of("items", List.of())));
        assertEquals("items", e.getMessage().substring(0, e.getMessage().indexOf(':')));
    }
}
