package dev.digestbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.cli.Main;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqFiles;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.testing.Eventually;
import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.TestBot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FAQ store's promises under concurrency, crashes and bad hand edits, end to end. */
class ReliabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "reliability-token-0123456789";
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path faq;

    private static String entryJson(String id) {
        return "{\"id\":\"" + id + "\",\"question\":\"问题 " + id + " 怎么办？\",\"answer\":\"答案 " + id
                + "。\",\"project\":\"Seata\"}";
    }

    private static HttpRequest create(int port, String id) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/entries"))
                .timeout(Duration.ofSeconds(60))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(entryJson(id)))
                .build();
    }

    @Test
    void a_hundred_concurrent_creates_are_a_hundred_entries_all_present_after_a_restart() throws Exception {
        FaqFixtures.write(faq);
        Map<String, String> settings = Map.of("admin.token", TOKEN, "faq.watch", "false",
                "server.matchThreads", "4");
        HttpClient client = HttpClient.newHttpClient();
        try (TestBot bot = TestBot.start(faq, settings)) {
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                responses.add(client.sendAsync(create(bot.port(), "burst-" + i), HttpResponse.BodyHandlers.ofString()));
            }
            for (var response : responses) {
                assertEquals(201, response.get(90, TimeUnit.SECONDS).statusCode(), response.get().body());
            }
            FaqSnapshot served = bot.bot().store().snapshot();
            assertEquals(FaqFixtures.ENTRIES.size() + 100, served.entries().size());
            assertEquals(1 + 100, served.version(), "every write bumps the version once");
        }
        FaqSnapshot reopened = FaqStore.open(faq, Clock.systemUTC()).snapshot();
        for (int i = 0; i < 100; i++) {
            assertTrue(reopened.entry("burst-" + i).isPresent(), "burst-" + i);
        }
        try (TestBot restarted = TestBot.start(faq, settings)) {
            HttpResponse<String> list = restarted.send("GET", "/admin/entries?q=burst-&size=1", null,
                    "Authorization", "Bearer " + TOKEN);
            assertEquals(100, JSON.readTree(list.body()).get("total").asInt(), list.body());
        }
    }

    @Test
    void a_process_killed_mid_burst_leaves_parseable_files_with_every_acknowledged_write() throws Exception {
        FaqFixtures.write(faq);
        Path log = faq.getParent().resolve(faq.getFileName() + "-child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--faq", faq.toString(), "--port", "0")
                .directory(faq.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DIGESTBOT_ADMIN_TOKEN", TOKEN);
        builder.environment().put("DIGESTBOT_FAQ_WATCH", "false");
        Process child = builder.start();
        ExecutorService senders = Executors.newFixedThreadPool(6);
        try {
            int port = boundPort(log, child);
            // Listening is not ready: creates before then get 503 and would use up the senders' turns.
            Eventually.holds(() -> ready(port), "child ready");
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean stop = new AtomicBoolean();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            List<Future<?>> bursts = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                bursts.add(senders.submit(() -> {
                    for (int i = 0; i < 500 && !stop.get(); i++) {
                        String id = "kill-" + thread + "-" + i;
                        try {
                            if (client.send(create(port, id), HttpResponse.BodyHandlers.ofString()).statusCode() == 201) {
                                acknowledged.add(id);
                            }
                        } catch (IOException e) {
                            return null;
                        }
                    }
                    return null;
                }));
            }
            Eventually.holds(() -> acknowledged.size() >= 40, "40 acknowledged creates");
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "child stopped");
            stop.set(true);
            for (Future<?> burst : bursts) {
                burst.get(20, TimeUnit.SECONDS);
            }

            List<Entry> entries = FaqFiles.readEntries(faq);
            Set<String> onDisk = ConcurrentHashMap.newKeySet();
            entries.forEach(e -> onDisk.add(e.id()));
            Set<String> lost = new java.util.TreeSet<>(acknowledged);
            lost.removeAll(onDisk);
            assertEquals(Set.of(), lost, "acknowledged but lost");
            FaqSnapshot reopened = FaqStore.open(faq, Clock.systemUTC()).snapshot();
            assertTrue(reopened.entries().size() >= FaqFixtures.ENTRIES.size() + acknowledged.size());
        } finally {
            child.destroyForcibly();
            senders.shutdownNow();
        }
    }

    private static boolean ready(int port) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/readyz")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int boundPort(Path log, Process child) throws Exception {
        int[] port = new int[1];
        Eventually.holds(() -> {
            if (!child.isAlive()) {
                throw new AssertionError("child exited: " + read(log));
            }
            Matcher m = LISTENING.matcher(read(log));
            if (m.find()) {
                port[0] = Integer.parseInt(m.group(1));
                return true;
            }
            return false;
        }, "child listening");
        return port[0];
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void a_malformed_hand_edit_leaves_the_bot_answering_and_readyz_names_the_file_and_line() throws Exception {
        FaqFixtures.write(faq);
        try (TestBot bot = TestBot.start(faq, Map.of("faq.watchDebounceMillis", "20"))) {
            Files.writeString(faq.resolve(FaqFiles.ENTRIES), "[\n  {\n    \"id\" : \"x\",\n    \"question\" : \n");
            Eventually.holds(() -> readyz(bot).has("problem"), "readyz reports the problem");
            HttpResponse<String> ready = bot.get("/readyz");
            assertEquals(200, ready.statusCode(), "still ready: the last good FAQ serves");
            JsonNode body = JSON.readTree(ready.body());
            assertTrue(body.get("problem").asText().contains("entries.json:5"), ready.body());
            assertEquals(FaqFixtures.ENTRIES.size(), body.get("entries").asInt());
            JsonNode answer = JSON.readTree(bot.postJson("/api/ask", "{\"text\":\"MOSN 对 Kubernetes 版本有限制么\"}").body());
            assertTrue(answer.get("answered").asBoolean(), answer.toString());

            FaqFiles.writeEntries(faq, FaqFixtures.ENTRIES.subList(0, 2));
            Eventually.holds(() -> !readyz(bot).has("problem"), "problem cleared");
            assertEquals(2, readyz(bot).get("entries").asInt());
            assertFalse(bot.bot().store().snapshot().entry("mosn-k8s").isPresent());
        }
    }

    /** Issue 16, item 1: deleting entries.json reloaded an empty FAQ and /readyz said nothing. */
    @Test
    void a_deleted_entries_file_is_a_problem_on_readyz_and_the_last_good_faq_keeps_answering() throws Exception {
        FaqFixtures.write(faq);
        try (TestBot bot = TestBot.start(faq, Map.of("faq.watchDebounceMillis", "20"))) {
            Files.delete(faq.resolve(FaqFiles.ENTRIES));
            Eventually.holds(() -> readyz(bot).has("problem"), "readyz reports the problem");
            JsonNode body = readyz(bot);
            assertEquals(faq.resolve(FaqFiles.ENTRIES) + ": file is missing", body.get("problem").asText());
            assertEquals(FaqFixtures.ENTRIES.size(), body.get("entries").asInt());
            JsonNode answer = JSON.readTree(bot.postJson("/api/ask", "{\"text\":\"MOSN 对 Kubernetes 版本有限制么\"}").body());
            assertTrue(answer.get("answered").asBoolean(), answer.toString());
        }
    }

    private static JsonNode readyz(TestBot bot) {
        try {
            return JSON.readTree(bot.get("/readyz").body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
