package dev.digestbot.http.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.TestBot;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's files as the real server serves them; what they do in a browser is {@link ConsoleBrowserTest}'s. */
class ConsoleRoutesTest {

    @TempDir
    Path faq;
    private TestBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(FaqFixtures.write(faq), Map.of("admin.token", "console-token", "faq.watch", "false"));
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private static void assertLockedDown(HttpResponse<String> response) {
        String what = response.request().method() + " " + response.uri().getPath();
        String csp = response.headers().firstValue("content-security-policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval")
                && csp.contains("frame-ancestors 'none'") && csp.contains("require-trusted-types-for 'script'"),
                what + ": " + csp);
        assertEquals("nosniff", response.headers().firstValue("x-content-type-options").orElse(""), what);
        assertEquals("DENY", response.headers().firstValue("x-frame-options").orElse(""), what);
    }

    @Test
    void the_page_and_its_files_are_served_with_their_types_and_a_strict_policy() throws Exception {
        for (String path : List.of("/console", "/console/")) {
            HttpResponse<String> page = bot.get(path);
            assertEquals(200, page.statusCode());
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("content-type").orElseThrow());
            assertTrue(page.body().contains("<title>digestbot console</title>"));
            assertLockedDown(page);
        }
        Map<String, String> types = Map.of("/console/app.js", "text/javascript; charset=utf-8",
                "/console/console.css", "text/css; charset=utf-8", "/console/icon.svg", "image/svg+xml");
        types.forEach((path, type) -> {
            try {
                HttpResponse<String> file = bot.get(path);
                assertEquals(200, file.statusCode(), path);
                assertEquals(type, file.headers().firstValue("content-type").orElseThrow(), path);
                assertLockedDown(file);
            } catch (Exception e) {
                throw new AssertionError(path, e);
            }
        });
    }

    @Test
    void every_file_the_page_names_is_served_and_none_comes_from_elsewhere() throws Exception {
        String page = bot.get("/console").body();
        Matcher local = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(page);
        int found = 0;
        while (local.find()) {
            assertTrue(local.group(1).startsWith("/console/"), local.group(1));
            assertEquals(200, bot.get(local.group(1)).statusCode(), local.group(1));
            found++;
        }
        assertEquals(3, found, "icon, style sheet, script");
        Matcher imports = Pattern.compile("from '\\./([a-z-]+\\.js)'").matcher(bot.get("/console/app.js").body());
        int modules = 0;
        while (imports.find()) {
            assertEquals(200, bot.get("/console/" + imports.group(1)).statusCode(), imports.group(1));
            modules++;
        }
        assertTrue(modules >= 8, "app.js imports every section: " + modules);
        assertFalse(page.contains("<script>"), "no inline script");
        assertFalse(page.contains("style="), "no inline style");
    }

    @Test
    void anything_else_under_console_is_a_404_or_405_with_the_same_headers() throws Exception {
        for (String path : List.of("/console/nope.js", "/console/../admin/entries", "/console/%2e%2e/pom.xml",
                "/console/dev/digestbot/Main.class", "/console/app.js/x", "/console/ConsoleRoutes.class")) {
            HttpResponse<String> missing = bot.get(path);
            assertEquals(404, missing.statusCode(), path);
            assertTrue(missing.body().contains("\"not_found\""), path + ": " + missing.body());
            assertLockedDown(missing);
        }
        HttpResponse<String> post = bot.send("POST", "/console/app.js", "x", "Content-Type", "text/plain");
        assertEquals(405, post.statusCode());
        assertLockedDown(post);
        HttpResponse<String> head = bot.send("HEAD", "/console", null);
        assertEquals(200, head.statusCode());
        assertLockedDown(head);
        assertEquals(404, bot.get("/consoles").statusCode(), "a prefix covers its path and below only");
    }

    @Test
    void there_is_no_console_without_an_admin_token(@TempDir Path other) throws Exception {
        try (TestBot plain = TestBot.start(FaqFixtures.write(other), Map.of("faq.watch", "false"))) {
            assertEquals(404, plain.get("/console").statusCode());
            assertEquals(404, plain.get("/console/app.js").statusCode());
        }
    }
}
