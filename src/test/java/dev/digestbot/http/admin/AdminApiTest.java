package dev.digestbot.http.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.faq.FaqRules;
import dev.digestbot.match.Feature;
import dev.digestbot.match.TrainedModel;
import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.FileHost;
import dev.digestbot.testing.TestBot;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator API of DESIGN.md, spoken to the real server with an admin token. */
class AdminApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-admin-token-0123456789";
    private static final String NEW_QUESTION = "Layotto 怎么接入 Dapr 的 API？";

    @TempDir
    Path faq;
    private TestBot bot;

    @BeforeEach
    void start() throws Exception {
        FaqFixtures.write(faq);
        bot = TestBot.start(faq, Map.of("admin.token", TOKEN, "faq.watch", "false"));
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return body == null
                ? bot.send(method, path, null, "Authorization", "Bearer " + TOKEN)
                : bot.send(method, path, body, "Authorization", "Bearer " + TOKEN,
                        "Content-Type", "application/json");
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static void assertRejected(HttpResponse<String> response, String error, String field)
            throws Exception {
        JsonNode body = json(response, 400);
        assertEquals(error, body.get("error").asText(), response.body());
        assertTrue(body.get("detail").asText().startsWith(field), response.body());
    }

    private JsonNode ask(String text) throws Exception {
        return json(bot.postJson("/api/ask", JSON.writeValueAsString(Map.of("text", text))), 200);
    }

    private String newEntry(String extra) throws Exception {
        return "{\"question\":\"" + NEW_QUESTION + "\",\"answer\":\"用 Layotto 的 Dapr 兼容 API。\","
                + "\"project\":\"mosn\"" + extra + "}";
    }

    @Test
    void every_admin_route_needs_the_bearer_token() throws Exception {
        assertEquals(401, bot.get("/admin/entries").statusCode());
        assertEquals(401, bot.send("GET", "/admin/entries", null, "Authorization", "Bearer wrong").statusCode());
        assertEquals(401, bot.send("GET", "/admin/entries", null, "Authorization", TOKEN).statusCode());
        assertEquals(401, bot.get("/admin/no-such-route").statusCode());
        HttpResponse<String> refused = bot.send("POST", "/admin/entries", newEntry(""),
                "Content-Type", "application/json");
        assertEquals("unauthorized", json(refused, 401).get("error").asText());
        assertFalse(refused.body().contains(TOKEN));
        assertEquals(200, admin("GET", "/admin/entries", null).statusCode());
        assertEquals(404, admin("GET", "/admin/no-such-route", null).statusCode());
    }

    /** A 405 before the token check told anyone which admin routes exist. */
    @Test
    void a_wrong_method_on_an_admin_route_is_401_before_405() throws Exception {
        for (String[] call : new String[][] {{"POST", "/admin/entries/x"}, {"DELETE", "/admin/rollback/1"},
                {"PATCH", "/admin/entries"}, {"BREW", "/admin/versions"}}) {
            HttpResponse<String> anonymous = bot.send(call[0], call[1], null);
            assertEquals("unauthorized", json(anonymous, 401).get("error").asText(), String.join(" ", call));
            assertEquals(405, admin(call[0], call[1], null).statusCode(), String.join(" ", call));
        }
    }

    @Test
    void admin_routes_are_404_when_no_token_is_configured(@TempDir Path other) throws Exception {
        try (TestBot plain = TestBot.start(FaqFixtures.write(other), Map.of("faq.watch", "false"))) {
            assertEquals(404, plain.send("GET", "/admin/entries", null, "Authorization", "Bearer x").statusCode());
            assertEquals(404, plain.get("/admin/versions").statusCode());
        }
    }

    @Test
    void a_created_entry_is_answered_as_soon_as_the_create_returns() throws Exception {
        assertFalse(ask(NEW_QUESTION).get("answered").asBoolean());
        HttpResponse<String> response = admin("POST", "/admin/entries",
                newEntry(",\"tags\":[\"dapr\"],\"link\":\"https://github.com/mosn/layotto\""));
        JsonNode created = json(response, 201);
        String id = created.get("id").asText();
        assertTrue(id.startsWith("mosn-"), id);
        assertEquals("MOSN", created.get("project").asText(), "canonical project name");
        assertEquals("/admin/entries/" + id, response.headers().firstValue("location").orElseThrow());
        assertFalse(created.get("updated").asText().isEmpty());

        JsonNode answer = ask(NEW_QUESTION);
        assertTrue(answer.get("answered").asBoolean(), answer.toString());
        assertEquals(id, answer.get("entry").get("id").asText());
        assertEquals("https://github.com/mosn/layotto", answer.get("entry").get("link").asText());
    }

    @Test
    void entries_are_read_replaced_and_deleted_by_id() throws Exception {
        json(admin("POST", "/admin/entries", newEntry(",\"id\":\"layotto-dapr\"")), 201);
        assertEquals(NEW_QUESTION, json(admin("GET", "/admin/entries/layotto-dapr", null), 200)
                .get("question").asText());

        JsonNode replaced = json(admin("PUT", "/admin/entries/layotto-dapr",
                "{\"question\":\"Layotto 支持 Dapr 吗？\",\"answer\":\"支持。\",\"project\":\"MOSN\"}"), 200);
        assertEquals("支持。", replaced.get("answer").asText());

        JsonNode seata = json(admin("GET", "/admin/entries/seata-tc-cluster", null), 200);
        JsonNode keptSource = json(admin("PUT", "/admin/entries/seata-tc-cluster",
                "{\"question\":\"tc 集群一致性？\",\"answer\":\"共用一套 db。\",\"project\":\"Seata\"}"), 200);
        assertEquals(seata.get("source"), keptSource.get("source"), "replacing keeps where it came from");

        json(admin("DELETE", "/admin/entries/layotto-dapr", null), 200);
        assertEquals(404, admin("GET", "/admin/entries/layotto-dapr", null).statusCode());
        assertEquals(404, admin("DELETE", "/admin/entries/layotto-dapr", null).statusCode());
        assertEquals(404, admin("PUT", "/admin/entries/nope", newEntry("")).statusCode());
    }

    @Test
    void the_list_is_paged_and_searched() throws Exception {
        JsonNode all = json(admin("GET", "/admin/entries?size=3&page=2", null), 200);
        assertEquals(FaqFixtures.ENTRIES.size(), all.get("total").asInt());
        assertEquals(FaqFixtures.ENTRIES.size() - 3, all.get("entries").size());

        JsonNode found = json(admin("GET", "/admin/entries?q=%E5%85%A8%E5%B1%80%E9%94%81", null), 200);
        assertEquals(1, found.get("total").asInt(), found.toString());
        assertEquals("seata-global-lock", found.get("entries").get(0).get("id").asText());

        assertRejected(admin("GET", "/admin/entries?size=1000", null), "invalid_param", "size");
        assertRejected(admin("GET", "/admin/entries?page=zero", null), "invalid_param", "page");
    }

    @Test
    void invalid_entries_are_a_400_naming_the_field() throws Exception {
        assertRejected(admin("POST", "/admin/entries",
                "{\"question\":\"  \",\"answer\":\"a\",\"project\":\"Seata\"}"), "missing_field", "question");
        assertRejected(admin("POST", "/admin/entries",
                "{\"question\":\"q\",\"answer\":\"\",\"project\":\"Seata\"}"), "missing_field", "answer");
        assertRejected(admin("POST", "/admin/entries",
                "{\"question\":\"q\",\"answer\":\"a\",\"project\":\"Nacos\"}"), "unknown_project", "project");
        assertRejected(admin("POST", "/admin/entries", newEntry(",\"link\":\"ftp://example.com/x\"")),
                "invalid_field", "link");
        assertRejected(admin("POST", "/admin/entries", newEntry(",\"link\":\"javascript:alert(1)\"")),
                "invalid_field", "link");
        assertRejected(admin("POST", "/admin/entries", newEntry(",\"id\":\"mosn-k8s\"")), "duplicate_id", "id");
        assertRejected(admin("POST", "/admin/entries", newEntry(",\"id\":\"a/b\"")), "invalid_field", "id");
        assertRejected(admin("POST", "/admin/entries",
                "{\"question\":\"q\",\"answer\":\"" + "长".repeat(FaqRules.MAX_ANSWER + 1)
                        + "\",\"project\":\"Seata\"}"), "too_long", "answer");
        assertRejected(admin("POST", "/admin/entries", newEntry(",\"alternates\":[\"ok\", 3]")),
                "invalid_field", "alternates[1]");
        assertRejected(admin("POST", "/admin/entries", newEntry(",\"anwser\":\"typo\"")), "unknown_field", "anwser");
        assertEquals(FaqFixtures.ENTRIES.size(), bot.bot().store().snapshot().entries().size());
    }

    @Test
    void projects_are_created_replaced_and_deleted_unless_in_use() throws Exception {
        String nacos = "{\"name\":\"Nacos\",\"link\":\"https://github.com/alibaba/nacos\",\"aliases\":[\"NACOS\"]}";
        JsonNode created = json(admin("POST", "/admin/projects", nacos), 201);
        assertEquals("nacos", created.get("aliases").get(0).asText());
        assertRejected(admin("POST", "/admin/projects", nacos), "duplicate_name", "name");
        assertRejected(admin("POST", "/admin/projects", "{\"name\":\"X\",\"link\":\"github.com/x\"}"),
                "invalid_field", "link");

        json(admin("PUT", "/admin/projects/nacos", "{\"link\":\"https://nacos.io\"}"), 200);
        JsonNode projects = json(admin("GET", "/admin/projects", null), 200).get("projects");
        assertTrue(projects.toString().contains("https://nacos.io"), projects.toString());

        assertEquals("project_in_use", json(admin("DELETE", "/admin/projects/Seata", null), 409)
                .get("error").asText());
        json(admin("DELETE", "/admin/projects/Nacos", null), 200);
        assertEquals(404, admin("DELETE", "/admin/projects/Nacos", null).statusCode());
    }

    @Test
    void unanswered_questions_are_grouped_and_become_an_alternate_in_one_call() throws Exception {
        String asked = "多机房部署方案有推荐的吗";
        for (int i = 0; i < 2; i++) {
            assertFalse(ask(asked).get("answered").asBoolean());
        }
        bot.postJson("/webhook/chat", JSON.writeValueAsString(Map.of("chatId", "g", "sender", "u", "text", asked)));
        JsonNode group = json(admin("GET", "/admin/unanswered", null), 200).get("groups").get(0);
        assertEquals(asked, group.get("text").asText());
        assertEquals(3, group.get("count").asInt());
        assertFalse(group.get("lastSeen").asText().isEmpty());

        json(admin("POST", "/admin/unanswered/" + group.get("id").asText(),
                "{\"alternateOf\":\"registry-meta\"}"), 200);
        JsonNode answer = ask(asked);
        assertTrue(answer.get("answered").asBoolean(), answer.toString());
        assertEquals("registry-meta", answer.get("entry").get("id").asText());
        assertEquals(0, json(admin("GET", "/admin/unanswered", null), 200).get("total").asInt());
    }

    @Test
    void an_unanswered_question_becomes_a_new_entry_in_one_call() throws Exception {
        ask(NEW_QUESTION);
        String id = json(admin("GET", "/admin/unanswered", null), 200).get("groups").get(0).get("id").asText();
        JsonNode created = json(admin("POST", "/admin/unanswered/" + id,
                "{\"answer\":\"用 Dapr 兼容 API。\",\"project\":\"MOSN\"}"), 201);
        assertEquals(NEW_QUESTION, created.get("question").asText());
        assertTrue(ask(NEW_QUESTION).get("answered").asBoolean());
        assertEquals(404, admin("POST", "/admin/unanswered/" + id, "{\"alternateOf\":\"mosn-k8s\"}").statusCode());
    }

    @Test
    void a_rollback_restores_the_earlier_answers() throws Exception {
        long before = json(admin("GET", "/admin/versions", null), 200).get("current").asLong();
        String original = ask("MOSN 对 Kubernetes 版本有限制么？").get("entry").get("answer").asText();
        json(admin("PUT", "/admin/entries/mosn-k8s",
                "{\"question\":\"MOSN 对 Kubernetes 版本有限制么？\",\"answer\":\"只支持 1.20。\",\"project\":\"MOSN\"}"), 200);
        assertEquals("只支持 1.20。", ask("MOSN 对 Kubernetes 版本有限制么？").get("entry").get("answer").asText());

        JsonNode versions = json(admin("GET", "/admin/versions", null), 200);
        assertEquals(before + 1, versions.get("current").asLong());
        assertEquals(before + 1, versions.get("versions").get(0).get("version").asLong());

        JsonNode rolledBack = json(admin("POST", "/admin/rollback/" + before, null), 200);
        assertEquals(before + 2, rolledBack.get("faqVersion").asLong());
        assertEquals(original, ask("MOSN 对 Kubernetes 版本有限制么？").get("entry").get("answer").asText());
        assertEquals(404, admin("POST", "/admin/rollback/999", null).statusCode());
        assertRejected(admin("POST", "/admin/rollback/latest", null), "invalid_param", "version");
    }

    @Test
    void a_digest_is_imported_with_the_same_importer_and_answers_its_report() throws Exception {
        Path digest = Path.of("faq", "digests", "sofa-weekly-qa.md");
        String markdown = Files.readString(digest);
        HttpResponse<String> dry = bot.send("POST", "/admin/import?name=sofa-weekly-qa.md&dryRun=true", markdown,
                "Authorization", "Bearer " + TOKEN, "Content-Type", "text/markdown; charset=utf-8");
        JsonNode report = json(dry, 200);
        int created = report.get("created").size();
        assertTrue(created > 0, report.toString());
        assertEquals(FaqFixtures.ENTRIES.size(), bot.bot().store().snapshot().entries().size(), "dry run writes nothing");

        json(bot.send("POST", "/admin/import?name=sofa-weekly-qa.md", markdown,
                "Authorization", "Bearer " + TOKEN, "Content-Type", "text/markdown"), 200);
        assertEquals(FaqFixtures.ENTRIES.size() + created, bot.bot().store().snapshot().entries().size());
        assertRejected(bot.send("POST", "/admin/import", markdown, "Authorization", "Bearer " + TOKEN),
                "invalid_param", "name");
    }

    @Test
    void a_digest_is_imported_from_a_url_and_a_failed_download_says_why() throws Exception {
        String markdown = Files.readString(Path.of("faq", "digests", "sofa-weekly-qa.md"));
        try (FileHost host = new FileHost(Map.of("/blog/sofa-weekly-qa/index.md", markdown))) {
            String url = URLEncoder.encode(host.url("/blog/sofa-weekly-qa/index.md"), StandardCharsets.UTF_8);
            JsonNode report = json(admin("POST", "/admin/import?url=" + url, null), 200);
            assertEquals("sofa-weekly-qa.md", report.get("fileName").asText(), report.toString());
            assertTrue(bot.bot().store().snapshot().entry("sofa-weekly-qa-1").isPresent());

            String gone = URLEncoder.encode(host.url("/gone.md"), StandardCharsets.UTF_8);
            JsonNode failed = json(admin("POST", "/admin/import?url=" + gone, null), 502);
            assertEquals("download_failed", failed.get("error").asText());
            assertTrue(failed.get("detail").asText().endsWith("/gone.md: HTTP 404 (expected: 200 with the digest's markdown)"),
                    failed.toString());
            assertRejected(admin("POST", "/admin/import?url=ftp%3A%2F%2Fx%2Fa.md", null), "invalid_param", "url");
        }
    }

    private JsonNode tryIt(String text) throws Exception {
        return json(admin("POST", "/admin/try", JSON.writeValueAsString(Map.of("text", text))), 200);
    }

    /** The reply a group member gets who @mentions the bot with the text, each from a sender of their own. */
    private String mentionedReply(String text, String sender) throws Exception {
        return json(bot.postJson("/webhook/chat", JSON.writeValueAsString(Map.of("chatId", "g", "sender", sender,
                "text", "@小助手 " + text))), 200).get("reply").asText();
    }

    @Test
    void try_gives_the_reply_a_mentioning_group_member_gets_and_records_nothing() throws Exception {
        Map<String, String> decisions = Map.of("MOSN 对 Kubernetes 版本有限制么？", "ANSWER",
                "seata 的锁", "SUGGEST", "多机房部署方案有推荐的吗", "NONE", "@小助手 你好", "NONE");
        Map<String, JsonNode> tried = new java.util.HashMap<>();
        for (String text : decisions.keySet()) {
            JsonNode trial = tryIt(text);
            assertEquals(decisions.get(text), trial.get("decision").asText(), text + ": " + trial);
            tried.put(text, trial);
        }
        assertEquals(0, json(admin("GET", "/admin/unanswered", null), 200).get("total").asInt(), "try records nothing");
        assertTrue(bot.get("/metrics").body().lines().noneMatch(l -> l.startsWith("digestbot_answers_total")
                && !l.endsWith(" 0.0")), "nor counts an answer");

        int sender = 0;
        for (String text : decisions.keySet()) {
            assertEquals(mentionedReply(text, "member-" + sender++), tried.get(text).get("reply").asText(), text);
        }
        JsonNode answer = tried.get("MOSN 对 Kubernetes 版本有限制么？");
        assertEquals("mosn-k8s", answer.get("entry").get("id").asText());
        assertEquals("https://github.com/mosn/mosn", answer.get("entry").get("link").asText());
        assertTrue(answer.get("reply").asText().endsWith("\n\nMOSN：https://github.com/mosn/mosn"), answer.toString());
        assertEquals(answer.get("score").asDouble(), answer.get("candidates").get(0).get("confidence").asDouble());
        assertTrue(tried.get("seata 的锁").get("entry").isNull());
        assertTrue(tried.get("@小助手 你好").get("reply").asText().startsWith("我在"), "a bare greeting gets the prompt");
    }

    @Test
    void try_shows_each_candidates_signals_and_the_one_that_carried_it() throws Exception {
        Map<Feature, Double> weights = TrainedModel.shipped().confidence().rankWeights();
        JsonNode candidates = tryIt("seata 的锁").get("candidates");
        assertTrue(candidates.size() >= 2 && candidates.size() <= 5, candidates.toString());
        assertEquals("seata-global-lock", candidates.get(0).get("id").asText());
        for (JsonNode c : candidates) {
            JsonNode signals = c.get("signals");
            assertEquals(Feature.values().length, signals.size());
            String carrier = c.get("carriedBy").get("feature").asText();
            double best = weights.get(Feature.valueOf(carrier)) * signals.get(carrier).asDouble();
            for (Feature f : Feature.values()) {
                assertTrue(weights.get(f) * signals.get(f.name()).asDouble() <= best + 0.01, f + " in " + c);
            }
            assertEquals(best, c.get("carriedBy").get("contribution").asDouble(), 0.01, c.toString());
            assertEquals(Feature.valueOf(carrier).description(), c.get("carriedBy").get("description").asText());
            assertTrue(c.get("lead").asDouble() <= 3, c.toString());
        }
        assertTrue(candidates.get(0).get("rankScore").asDouble() >= candidates.get(1).get("rankScore").asDouble());
        assertRejected(admin("POST", "/admin/try", "{\"text\":\"x\",\"chatId\":\"g\"}"), "unknown_field", "chatId");
        assertEquals("missing_field", json(admin("POST", "/admin/try", "{}"), 400).get("error").asText());
        assertEquals(401, bot.postJson("/admin/try", "{\"text\":\"x\"}").statusCode());
    }

    @Test
    void an_unanswered_group_is_dismissed_without_an_entry() throws Exception {
        ask("多机房部署方案有推荐的吗");
        String id = json(admin("GET", "/admin/unanswered", null), 200).get("groups").get(0).get("id").asText();
        assertEquals(id, json(admin("DELETE", "/admin/unanswered/" + id, null), 200).get("dismissed").asText());
        assertEquals(0, json(admin("GET", "/admin/unanswered", null), 200).get("total").asInt());
        assertEquals(FaqFixtures.ENTRIES.size(), bot.bot().store().snapshot().entries().size());
        assertEquals(404, admin("DELETE", "/admin/unanswered/" + id, null).statusCode());
    }

    @Test
    void unanswered_groups_are_listed_most_frequent_or_newest_first() throws Exception {
        ask("多机房部署方案有推荐的吗");
        ask("多机房部署方案有推荐的吗");
        Thread.sleep(5);
        ask("量子计算机怎么编程");
        List<String> byCount = new java.util.ArrayList<>();
        json(admin("GET", "/admin/unanswered", null), 200).get("groups").forEach(g -> byCount.add(g.get("text").asText()));
        assertEquals(List.of("多机房部署方案有推荐的吗", "量子计算机怎么编程"), byCount);
        List<String> byTime = new java.util.ArrayList<>();
        json(admin("GET", "/admin/unanswered?order=recent", null), 200).get("groups")
                .forEach(g -> byTime.add(g.get("text").asText()));
        assertEquals(List.of("量子计算机怎么编程", "多机房部署方案有推荐的吗"), byTime);
        assertRejected(admin("GET", "/admin/unanswered?order=alpha", null), "invalid_param", "order");
    }

    @Test
    void versions_tell_the_entries_each_added_changed_and_removed() throws Exception {
        json(admin("POST", "/admin/entries", newEntry(",\"id\":\"layotto-dapr\"")), 201);
        json(admin("PUT", "/admin/entries/mosn-k8s",
                "{\"question\":\"MOSN 对 Kubernetes 版本有限制么？\",\"answer\":\"没有。\",\"project\":\"MOSN\"}"), 200);
        json(admin("DELETE", "/admin/entries/seata-global-lock", null), 200);
        JsonNode versions = json(admin("GET", "/admin/versions", null), 200).get("versions");
        assertEquals("{\"added\":{\"count\":0,\"ids\":[]},\"changed\":{\"count\":0,\"ids\":[]},"
                + "\"removed\":{\"count\":1,\"ids\":[\"seata-global-lock\"]}}", versions.get(0).get("changes").toString());
        assertEquals("[\"mosn-k8s\"]", versions.get(1).get("changes").get("changed").get("ids").toString());
        assertEquals("[\"layotto-dapr\"]", versions.get(2).get("changes").get("added").get("ids").toString());
        assertTrue(versions.get(3).get("changes").isNull(), "loaded: " + versions.get(3));
    }

    private HttpResponse<String> adminIfMatch(String method, String path, String body, String etag) throws Exception {
        return bot.send(method, path, body, "Authorization", "Bearer " + TOKEN, "Content-Type", "application/json",
                "If-Match", etag);
    }

    @Test
    void a_read_tells_its_version_and_a_write_based_on_an_older_one_is_a_409_with_the_current() throws Exception {
        HttpResponse<String> read = admin("GET", "/admin/entries/mosn-k8s", null);
        String etag = read.headers().firstValue("etag").orElseThrow();
        long version = bot.bot().store().snapshot().version();
        assertEquals("\"" + version + "\"", etag);
        String edit = "{\"question\":\"MOSN 对 Kubernetes 版本有限制么？\",\"answer\":\"没有。\",\"project\":\"MOSN\"}";

        HttpResponse<String> first = adminIfMatch("PUT", "/admin/entries/mosn-k8s", edit, etag);
        assertEquals("\"" + (version + 1) + "\"", first.headers().firstValue("etag").orElseThrow(), first.body());
        JsonNode stale = json(adminIfMatch("PUT", "/admin/entries/mosn-k8s", edit.replace("没有。", "有。"), etag), 409);

        assertEquals("stale_version", stale.get("error").asText());
        assertEquals(version + 1, stale.get("faqVersion").asLong(), stale.toString());
        assertEquals("没有。", bot.bot().store().snapshot().entry("mosn-k8s").orElseThrow().answer());
        assertEquals(409, adminIfMatch("DELETE", "/admin/entries/mosn-k8s", null, etag).statusCode());
        assertEquals(409, adminIfMatch("POST", "/admin/rollback/1", null, etag).statusCode());
        assertRejected(adminIfMatch("DELETE", "/admin/entries/mosn-k8s", null, "latest"), "invalid_header", "If-Match");
        json(adminIfMatch("DELETE", "/admin/entries/mosn-k8s", null, "W/\"" + (version + 1) + "\""), 200);
    }

    /** Issue 16, item 7: the operator could not see which near-duplicate answered instead of an edited entry. */
    @Test
    void an_entry_shows_its_twins() throws Exception {
        json(admin("POST", "/admin/entries", newEntry(",\"id\":\"layotto-dapr\"")), 201);
        JsonNode twin = json(admin("POST", "/admin/entries", newEntry(",\"id\":\"layotto-dapr-2\",\"sameAs\":\"layotto-dapr\"")), 201);
        assertEquals("layotto-dapr", twin.get("twins").get(0).get("id").asText(), twin.toString());

        JsonNode shown = json(admin("GET", "/admin/entries/layotto-dapr", null), 200);
        assertEquals(1, shown.get("twins").size(), shown.toString());
        assertEquals("layotto-dapr-2", shown.get("twins").get(0).get("id").asText());
        assertEquals("layotto-dapr", shown.get("twins").get(0).get("sameAs").asText());
        assertEquals(0, json(admin("GET", "/admin/entries/mosn-k8s", null), 200).get("twins").size());
    }

    /** Issue 16, item 4: project aliases got 400 unknown_project; an alias another project owns was accepted. */
    @Test
    void a_project_is_named_by_name_or_alias_and_an_alias_belongs_to_one_project() throws Exception {
        JsonNode created = json(admin("POST", "/admin/entries",
                "{\"question\":\"q\",\"answer\":\"a\",\"project\":\"sofa registry\"}"), 201);
        assertEquals("SOFARegistry", created.get("project").asText());
        assertTrue(created.get("id").asText().startsWith("sofaregistry-"), created.toString());
        assertEquals("Seata", json(admin("PUT", "/admin/entries/" + created.get("id").asText(),
                "{\"question\":\"q\",\"answer\":\"a\",\"project\":\"fescar\"}"), 200).get("project").asText());

        assertRejected(admin("POST", "/admin/projects",
                "{\"name\":\"Nacos\",\"link\":\"https://github.com/alibaba/nacos\",\"aliases\":[\"nacos\",\"seata\"]}"),
                "duplicate_name", "aliases[1]");
        assertRejected(admin("POST", "/admin/projects", "{\"name\":\"fescar\",\"link\":\"https://github.com/x/y\"}"),
                "duplicate_name", "name");
        assertRejected(admin("PUT", "/admin/projects/MOSN", "{\"link\":\"https://github.com/mosn/mosn\",\"aliases\":[\"registry\"]}"),
                "duplicate_name", "aliases[0]");
    }

    /** Issue 16, item 5: NUL, other control characters and lone surrogates were stored and came back mangled. */
    @Test
    void control_characters_and_lone_surrogates_are_refused_naming_the_field() throws Exception {
        assertRejected(admin("POST", "/admin/entries", "{\"question\":\"q\\u0000\",\"answer\":\"a\",\"project\":\"Seata\"}"),
                "invalid_field", "question: a control character U+0000 at character 2");
        assertRejected(admin("POST", "/admin/entries", "{\"question\":\"q\",\"answer\":\"a\\ud800b\",\"project\":\"Seata\"}"),
                "invalid_field", "answer: a lone surrogate U+D800 at character 2");
        assertRejected(admin("POST", "/admin/entries", newEntry(",\"alternates\":[\"ok\",\"bell\\u0007\"]")),
                "invalid_field", "alternates[1]");
        assertRejected(admin("POST", "/admin/entries", newEntry(",\"tags\":[\"\\u001b[31m\"]")), "invalid_field", "tags[0]");
        JsonNode kept = json(admin("POST", "/admin/entries",
                "{\"question\":\"q\",\"answer\":\"第一行\\n\\t第二行 😀\",\"project\":\"Seata\"}"), 201);
        assertEquals("第一行\n\t第二行 😀", kept.get("answer").asText(), "tabs, newlines and real pairs stay");
    }

    /** Issue 16, item 3: an admin write rewrote the file over a hand edit that did not parse. */
    @Test
    void no_write_while_a_hand_edit_does_not_load() throws Exception {
        Path entries = faq.resolve("entries.json");
        String broken = Files.readString(entries).replaceFirst("\"question\" :", "\"question\" : ,");
        Files.writeString(entries, broken);

        JsonNode refused = json(admin("POST", "/admin/entries", newEntry("")), 409);

        assertEquals("faq_file_problem", refused.get("error").asText());
        assertTrue(refused.get("detail").asText().startsWith(entries + ":"), refused.toString());
        assertEquals(broken, Files.readString(entries), "the hand edit is still there");
        assertTrue(JSON.readTree(bot.get("/readyz").body()).has("problem"));
        assertEquals(FaqFixtures.ENTRIES.size(), bot.bot().store().snapshot().entries().size());
    }

    /** Issue 16, item 13: versions said "write" for creates and "put project" for a POST. */
    @Test
    void versions_say_what_each_write_did() throws Exception {
        String id = json(admin("POST", "/admin/entries", newEntry(",\"id\":\"layotto-dapr\"")), 201).get("id").asText();
        json(admin("PUT", "/admin/entries/" + id, newEntry("")), 200);
        json(admin("POST", "/admin/projects", "{\"name\":\"Nacos\",\"link\":\"https://github.com/alibaba/nacos\"}"), 201);
        json(admin("PUT", "/admin/projects/Nacos", "{\"link\":\"https://nacos.io\"}"), 200);
        json(admin("DELETE", "/admin/projects/Nacos", null), 200);
        json(admin("DELETE", "/admin/entries/" + id, null), 200);

        List<String> reasons = new java.util.ArrayList<>();
        json(admin("GET", "/admin/versions", null), 200).get("versions").forEach(v -> reasons.add(v.get("reason").asText()));
        assertEquals(List.of("delete entry layotto-dapr", "delete project Nacos", "replace project Nacos",
                "create project Nacos", "replace entry layotto-dapr", "create entry layotto-dapr", "loaded"), reasons);
    }

    /** Issue 16, item 14: details showed StreamReadConstraints and com.fasterxml class names. */
    @Test
    void error_details_are_in_the_projects_words() throws Exception {
        List<String> bodies = List.of("[".repeat(2000), "{\"question\":" + "1".repeat(1200) + "}",
                "{\"question\":\"q\",\"question\":\"r\"}", "{\"question\":\"q\"", "{} {}", "{\"a\":tru}");
        for (String body : bodies) {
            JsonNode error = json(admin("POST", "/admin/entries", body), 400);
            String detail = error.get("detail").asText();
            assertFalse(detail.contains("fasterxml") || detail.contains("Constraints") || detail.contains("`")
                    || detail.contains("REDACTED") || detail.contains("JsonToken"), detail);
        }
        assertEquals("body is not valid JSON: nested too deeply (expected: at most 1000 levels of arrays and objects)",
                json(admin("POST", "/admin/entries", "[".repeat(2000)), 400).get("detail").asText());
        assertEquals("body is not valid JSON: question: duplicate key (expected: each key once in an object) (line 1, column 27)",
                json(admin("POST", "/admin/entries", bodies.get(2)), 400).get("detail").asText());
    }

    /** Issue 15, item 2: an entry created for a project while it was deleted could point at nothing. */
    @Test
    void creating_an_entry_for_a_project_being_deleted_never_leaves_it_without_its_project() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int round = 0; round < 15; round++) {
            String name = "Race" + round;
            json(admin("POST", "/admin/projects", "{\"name\":\"" + name + "\",\"link\":\"https://github.com/x/race\"}"), 201);
            var create = client.sendAsync(request("POST", "/admin/entries",
                    "{\"id\":\"race-" + round + "\",\"question\":\"q\",\"answer\":\"a\",\"project\":\"" + name + "\"}"),
                    HttpResponse.BodyHandlers.ofString());
            var delete = client.sendAsync(request("DELETE", "/admin/projects/" + name, null), HttpResponse.BodyHandlers.ofString());
            create.get();
            delete.get();
            var snapshot = bot.bot().store().snapshot();
            assertEquals(snapshot.entry("race-" + round).isPresent(), snapshot.project(name).isPresent(),
                    "round " + round + ": " + create.get().body() + " / " + delete.get().body());
        }
    }

    private java.net.http.HttpRequest request(String method, String path, String body) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + bot.port() + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
