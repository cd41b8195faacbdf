package dev.digestbot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Downloads against a local HTTP server that plays a digest host, well and badly behaved. */
final class DigestFetcherTest {

    static final String DIGEST = Fixtures.digest("""
            **1、@甲** 提问：

            > Seata 的全局锁是什么粒度？

            A：行级别。
            """);

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final DigestFetcher fetcher = new DigestFetcher(Duration.ofMillis(800), 64 * 1024);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/raw/sofa-weekly-20210716.md", x -> send(x, 200, DIGEST.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/content/sofa-weekly-20210723/index.md",
                x -> send(x, 200, DIGEST.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/moved", x -> redirect(x, "/raw/sofa-weekly-20210716.md"));
        server.createContext("/to-ftp", x -> redirect(x, "ftp://example.org/sofa-weekly-20210716.md"));
        server.createContext("/loop", x -> redirect(x, "/loop"));
        server.createContext("/missing.md", x -> send(x, 404, "not found".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge.md", x -> send(x, 200, new byte[100 * 1024]));
        server.createContext("/endless.md", x -> {
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                byte[] chunk = "> 问题\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 100; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up once it had enough
            }
        });
        server.createContext("/latin1.md", x -> send(x, 200, new byte[] {'a', (byte) 0xE9, 'b'}));
        server.createContext("/slow.md", x -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(x, 200, DIGEST.getBytes(StandardCharsets.UTF_8));
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void send(HttpExchange x, int status, byte[] body) throws IOException {
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().add("Location", location);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private String failure(String path) {
        return assertThrows(DigestFetcher.DigestFetchException.class, () -> fetcher.fetch(url(path), null)).getMessage();
    }

    @Test
    void a_raw_digest_file_is_downloaded_under_its_own_name() throws Exception {
        DigestFetcher.Download download = fetcher.fetch(url("/raw/sofa-weekly-20210716.md"), null);
        assertEquals("sofa-weekly-20210716.md", download.fileName());
        assertEquals(DIGEST, download.text());
    }

    @Test
    void an_index_md_is_named_after_its_folder_and_a_given_name_wins() throws Exception {
        assertEquals("sofa-weekly-20210723.md",
                fetcher.fetch(url("/content/sofa-weekly-20210723/index.md"), null).fileName());
        assertEquals("weekly-1.md",
                fetcher.fetch(url("/content/sofa-weekly-20210723/index.md"), "weekly-1.md").fileName());
    }

    @Test
    void redirects_are_followed_to_http_only_and_not_forever() throws Exception {
        assertEquals(DIGEST, fetcher.fetch(url("/moved"), null).text());
        assertTrue(failure("/to-ftp").contains("redirect to \"ftp://example.org/sofa-weekly-20210716.md\" refused"),
                failure("/to-ftp"));
        assertTrue(failure("/loop").endsWith("more than 5 redirects"), failure("/loop"));
    }

    @Test
    void each_failure_says_what_went_wrong() {
        assertTrue(failure("/missing.md").endsWith(": HTTP 404 (expected: 200 with the digest's markdown)"));
        assertTrue(failure("/huge.md").endsWith(": larger than 65536 bytes (a digest is a few KiB)"));
        assertTrue(failure("/endless.md").endsWith(": larger than 65536 bytes (a digest is a few KiB)"));
        assertTrue(failure("/latin1.md").endsWith(": not UTF-8 text"), failure("/latin1.md"));
        assertTrue(failure("/slow.md").endsWith(": no complete answer within 800 ms"), failure("/slow.md"));
    }

    @Test
    void only_http_urls_and_safe_names_are_taken() {
        assertTrue(assertThrows(DigestFetcher.DigestFetchException.class,
                () -> fetcher.fetch("file:///etc/passwd", null)).getMessage().contains("expected: an http:// or https:// URL"));
        assertTrue(assertThrows(DigestFetcher.DigestFetchException.class,
                () -> fetcher.fetch(url("/raw/x.md"), "../../x.md")).getMessage().startsWith("digest name \"../../x.md\" refused"));
        assertTrue(DigestFetcher.isUrl("HTTPS://example.org/a.md"));
        assertTrue(!DigestFetcher.isUrl("faq/digests"));
    }

    @Test
    void a_closed_port_is_a_connection_failure() throws Exception {
        int port = server.getAddress().getPort();
        server.stop(0);
        String message = assertThrows(DigestFetcher.DigestFetchException.class,
                () -> fetcher.fetch("http://127.0.0.1:" + port + "/a.md", null)).getMessage();
        assertTrue(message.endsWith("cannot connect to 127.0.0.1:" + port), message);
    }
}
