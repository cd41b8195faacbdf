package dev.digestbot.http.console;

import dev.digestbot.api.ApiException;
import dev.digestbot.http.Request;
import dev.digestbot.http.Response;
import dev.digestbot.http.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the operator console: the HTML, CSS and JavaScript files of
 * {@code src/main/resources/dev/digestbot/console/} from the jar, {@code /console} (and
 * {@code /console/}) being its {@code index.html}. Nothing is built and nothing comes from another
 * origin; the page signs in with the admin token and speaks the admin API, so it is bound only
 * when the token is set.
 *
 * <p>Every response under {@code /console}, a 404 or 405 too, carries {@link #HEADERS}: a
 * Content-Security-Policy that allows scripts, styles, images and requests from the bot alone, no
 * inline script and no string-to-HTML sinks (Trusted Types with no policy), no framing, no
 * MIME sniffing. A name that is not a file of the console is 404; GET and HEAD only (405).
 */
public final class ConsoleRoutes {

    static final String PREFIX = "/console";
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self';"
                    + " img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none';"
                    + " frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-cache");
    private static final String FOLDER = "/dev/digestbot/console/";
    private static final Pattern FILE = Pattern.compile("[a-z0-9-]{1,64}\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    /** Files already read from the jar; only names the jar has get in, so it stays as small as the console. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    public Router.Builder addTo(Router.Builder router) {
        router.headers(PREFIX, HEADERS);
        for (String method : List.of("GET", "HEAD")) {
            router.prefix(method, PREFIX, this::file);
        }
        return router;
    }

    private Response file(Request request) throws ApiException {
        String rest = request.path().substring(PREFIX.length());
        String name = rest.isEmpty() || rest.equals("/") ? "index.html" : rest.substring(1);
        Matcher file = FILE.matcher(name);
        byte[] body = file.matches() ? read(name) : null;
        if (body == null) {
            throw new ApiException(404, "not_found", "no route for " + request.path());
        }
        return new Response(200, TYPES.get(file.group(1)), body, Map.of());
    }

    /** The file's bytes, null when the console has no such file. */
    private byte[] read(String name) {
        byte[] known = files.get(name);
        if (known != null) {
            return known;
        }
        try (InputStream in = ConsoleRoutes.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return null;
            }
            byte[] read = in.readAllBytes();
            files.put(name, read);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the console's " + name + " from the jar failed", e);
        }
    }
}
