package dev.digestbot.http;

import dev.digestbot.api.ApiException;
import dev.digestbot.api.Json;
import dev.digestbot.chat.ChatService;
import dev.digestbot.ops.Readiness;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The public routes of DESIGN.md besides the chat channels': health, readiness and ask. */
public final class BotRoutes {

    /** What a connection admitted beyond the connection cap may ask for. */
    static final Set<String> HEALTH_PATHS = Set.of("/healthz", "/readyz");

    private final Readiness readiness;
    private final ChatService chat;

    public BotRoutes(Readiness readiness, ChatService chat) {
        this.readiness = readiness;
        this.chat = chat;
    }

    public Router.Builder addTo(Router.Builder router) {
        return addHealthTo(router, readiness)
                .route("POST", "/api/ask", this::cachedAsk, this::ask);
    }

    /**
     * What the server answers while the FAQ loads: health, readiness (503 until ready), and 503
     * with {@code Retry-After} for every other request.
     */
    public static Router starting(Readiness readiness) {
        return addHealthTo(Router.builder(), readiness)
                .otherwise(request -> ErrorResponses.of(503, "starting",
                        "the bot is loading its FAQ; retry shortly").withHeader("Retry-After", "1"))
                .build();
    }

    /** Health and readiness answer HEAD too, as load balancers ask; the codec drops HEAD bodies. */
    private static Router.Builder addHealthTo(Router.Builder router, Readiness readiness) {
        Route health = request -> Response.jsonFields(200, Map.of("status", "UP"));
        Route ready = request -> ready(readiness);
        for (String method : List.of("GET", "HEAD")) {
            router.inline(method, "/healthz", health).inline(method, "/readyz", ready);
        }
        return router;
    }

    private static Response ready(Readiness readiness) {
        Readiness.Status status = readiness.status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.state().name());
        body.put("entries", status.entries());
        body.put("faqVersion", status.faqVersion());
        if (status.problem() != null) {
            body.put("problem", status.problem());
        }
        return Response.jsonFields(status.ready() ? 200 : 503, body);
    }

    private Optional<Response> cachedAsk(Request request) throws ApiException {
        return chat.cachedAsk(askedText(request)).map(result -> Response.json(200, result));
    }

    private Response ask(Request request) throws ApiException {
        return Response.json(200, chat.ask(askedText(request)));
    }

    private static String askedText(Request request) throws ApiException {
        return Json.requiredString(request.jsonObject(), "text");
    }
}
