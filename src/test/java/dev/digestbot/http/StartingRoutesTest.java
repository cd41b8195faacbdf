package dev.digestbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.ops.Readiness;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartingRoutesTest {

    private final Router starting = BotRoutes.starting(new Readiness());

    private Response answer(String method, String path) throws Exception {
        Router.Target target = starting.resolve(method, path);
        assertTrue(target.inline(), method + " " + path + " is answered on the event loop");
        return target.route().handle(new Request(method, path, Map.of(), Map.of(), new byte[0])).get();
    }

    @Test
    void healthIsUpAndReadinessIsNotYet() throws Exception {
        assertEquals(200, answer("GET", "/healthz").status());
        Response ready = answer("GET", "/readyz");
        assertEquals(503, ready.status());
        assertTrue(new String(ready.body(), StandardCharsets.UTF_8).contains("\"STARTING\""));
    }

    @Test
    void everyOtherRequestIsToldToRetry() throws Exception {
        for (String[] request : new String[][] {{"POST", "/api/ask"}, {"GET", "/metrics"},
                {"POST", "/wechat"}, {"DELETE", "/admin/entries/7"}, {"GET", "/nowhere"}}) {
            Response response = answer(request[0], request[1]);
            assertEquals(503, response.status(), request[1]);
            assertEquals("1", response.headers().get("Retry-After"), request[1]);
            assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("\"starting\""));
        }
    }
}
