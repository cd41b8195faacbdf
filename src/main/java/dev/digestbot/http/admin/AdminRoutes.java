package dev.digestbot.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestbot.api.ApiException;
import dev.digestbot.api.Json;
import dev.digestbot.digest.DigestFetcher;
import dev.digestbot.digest.DigestFormatException;
import dev.digestbot.digest.DigestImporter;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.faq.Project;
import dev.digestbot.http.Request;
import dev.digestbot.http.Response;
import dev.digestbot.http.Router;
import dev.digestbot.ops.UnansweredGroup;
import dev.digestbot.ops.UnansweredQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The operator API of DESIGN.md under {@code /admin}. Every request under {@code /admin}, to a
 * route or not, with any method, first passes the bearer-token guard (401), and only then gets a
 * 404 or 405. Writes go through {@link FaqStore}, so
 * they are atomic, serialized, versioned, and answered only once the matcher serves them.
 *
 * <p>Statuses: 200, 201 (created), 400 (invalid body or parameter; the detail names the field),
 * 401, 404 (no such entry, project, version or unanswered group), 409 (deleting a project that
 * entries use). A failed disk write is a 500 logged by the one error mapper.
 */
public final class AdminRoutes {

    private static final int DEFAULT_PAGE_SIZE = 20;
    /** 48 random bits make a clash of generated ids rare; several in a row mean a bug. */
    private static final int ID_ATTEMPTS = 3;
    private static final int MAX_PAGE_SIZE = 100;
    private static final int DEFAULT_UNANSWERED = 50;
    private static final int MAX_UNANSWERED = 1000;
    private static final Pattern DIGEST_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}\\.md");

    /** A store call; its I/O failure becomes a logged 500. */
    @FunctionalInterface
    private interface StoreCall<T> {
        T run() throws IOException;
    }

    private final AdminAuth auth;
    private final FaqStore store;
    private final UnansweredQueue unanswered;
    private final DigestImporter importer;
    private final DigestFetcher fetcher;

    public AdminRoutes(String token, FaqStore store, UnansweredQueue unanswered) {
        this.auth = new AdminAuth(token);
        this.store = store;
        this.unanswered = unanswered;
        this.importer = new DigestImporter(store);
        this.fetcher = DigestFetcher.withDefaults();
    }

    public Router.Builder addTo(Router.Builder router) {
        return router.guard("/admin", auth::check)
                .route("GET", "/admin/entries", this::listEntries)
                .route("POST", "/admin/entries", this::createEntry)
                .prefix("GET", "/admin/entries", this::getEntry)
                .prefix("PUT", "/admin/entries", this::replaceEntry)
                .prefix("DELETE", "/admin/entries", this::deleteEntry)
                .route("GET", "/admin/projects", this::listProjects)
                .route("POST", "/admin/projects", this::createProject)
                .prefix("PUT", "/admin/projects", this::replaceProject)
                .prefix("DELETE", "/admin/projects", this::deleteProject)
                .route("POST", "/admin/import", this::importDigest)
                .route("GET", "/admin/unanswered", this::listUnanswered)
                .prefix("POST", "/admin/unanswered", this::answerUnanswered)
                .route("GET", "/admin/versions", this::versions)
                .prefix("POST", "/admin/rollback", this::rollback);
    }

    // entries

    private Response listEntries(Request request) throws ApiException {
        int page = intParam(request, "page", 1, 1, Integer.MAX_VALUE);
        int size = intParam(request, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        String q = request.query().getOrDefault("q", "").strip().toLowerCase(Locale.ROOT);
        List<Entry> found = store.snapshot().entries().stream()
                .filter(e -> q.isEmpty() || mentions(e, q))
                .toList();
        int from = (int) Math.min((long) (page - 1) * size, found.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.size());
        body.put("page", page);
        body.put("size", size);
        body.put("entries", found.subList(from, Math.min(from + size, found.size())));
        return Response.json(200, body);
    }

    private static boolean mentions(Entry e, String q) {
        List<String> fields = new ArrayList<>(List.of(e.id(), e.question(), e.answer()));
        fields.addAll(e.alternates());
        fields.addAll(e.tags());
        if (e.project() != null) {
            fields.add(e.project());
        }
        return fields.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(q));
    }

    private Response getEntry(Request request) throws ApiException {
        String id = segment(request, "/admin/entries");
        return Response.json(200, existingEntry(store.snapshot(), id));
    }

    private Response createEntry(Request request) throws ApiException {
        return create(request.jsonObject());
    }

    private Response create(JsonNode body) throws ApiException {
        FaqSnapshot snapshot = store.snapshot();
        String given = AdminInput.optionalString(body, "id");
        if (given != null) {
            String id = AdminInput.id(given, "id");
            Entry entry = AdminInput.entry(body, id, snapshot, null);
            FaqSnapshot written = call(() -> store.addEntry(entry)).orElseThrow(() -> new ApiException(
                    400, "duplicate_id", "id: \"" + id + "\" (expected: an id no entry has)"));
            return created(written, id);
        }
        Entry draft = AdminInput.entry(body, "draft", snapshot, null);
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            String id = newId(draft.project() == null ? "entry" : draft.project());
            Entry entry = new Entry(id, draft.question(), draft.alternates(), draft.answer(),
                    draft.project(), draft.link(), null, null, draft.tags(), draft.sameAs(),
                    draft.disabled(), null);
            Optional<FaqSnapshot> written = call(() -> store.addEntry(entry));
            if (written.isPresent()) {
                return created(written.get(), id);
            }
        }
        throw new IllegalStateException(ID_ATTEMPTS + " random ids in a row were taken");
    }

    private static Response created(FaqSnapshot written, String id) {
        return Response.json(201, written.entry(id).orElseThrow())
                .withHeader("Location", "/admin/entries/" + id);
    }

    /** {@code <project>-<random hex>}: readable, and unique without coordination. */
    private static String newId(String project) {
        String slug = project.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return (slug.isEmpty() ? "entry" : slug) + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    }

    private Response replaceEntry(Request request) throws ApiException {
        String id = segment(request, "/admin/entries");
        JsonNode body = request.jsonObject();
        String given = AdminInput.optionalString(body, "id");
        if (given != null && !given.equals(id)) {
            throw new ApiException(400, "invalid_field", "id: \"" + AdminInput.id(given, "id")
                    + "\" (expected: \"" + id + "\" as in the path, or no id)");
        }
        FaqSnapshot snapshot = store.snapshot();
        Entry fresh = AdminInput.entry(body, id, snapshot, existingEntry(snapshot, id));
        FaqSnapshot written = call(() -> store.updateEntry(id, old -> fresh))
                .orElseThrow(() -> noEntry(id));
        return Response.json(200, written.entry(id).orElseThrow());
    }

    private Response deleteEntry(Request request) throws ApiException {
        String id = segment(request, "/admin/entries");
        if (!call(() -> store.deleteEntry(id))) {
            throw noEntry(id);
        }
        return Response.json(200, Map.of("deleted", id, "faqVersion", store.snapshot().version()));
    }

    private static Entry existingEntry(FaqSnapshot snapshot, String id) throws ApiException {
        return snapshot.entry(id).orElseThrow(() -> noEntry(id));
    }

    private static ApiException noEntry(String id) {
        return new ApiException(404, "not_found", "no entry with id \"" + id + "\"");
    }

    // projects

    private Response listProjects(Request request) {
        return Response.json(200, Map.of("projects", store.snapshot().projects()));
    }

    private Response createProject(Request request) throws ApiException {
        JsonNode body = request.jsonObject();
        String name = AdminInput.projectName(AdminInput.optionalString(body, "name"), "name");
        Project project = AdminInput.project(body, name);
        if (store.snapshot().project(name).isPresent()) {
            throw new ApiException(400, "duplicate_name", "name: \"" + name
                    + "\" (expected: a name no project has; PUT /admin/projects/" + name + " replaces it)");
        }
        call(() -> store.putProject(project));
        return Response.json(201, project).withHeader("Location", "/admin/projects/" + name);
    }

    private Response replaceProject(Request request) throws ApiException {
        Project existing = existingProject(segment(request, "/admin/projects"));
        JsonNode body = request.jsonObject();
        String given = AdminInput.optionalString(body, "name");
        if (given != null && !given.strip().equalsIgnoreCase(existing.name())) {
            throw new ApiException(400, "invalid_field", "name: \"" + AdminInput.projectName(given, "name")
                    + "\" (expected: \"" + existing.name() + "\" as in the path, or no name)");
        }
        Project project = AdminInput.project(body, existing.name());
        call(() -> store.putProject(project));
        return Response.json(200, project);
    }

    private Response deleteProject(Request request) throws ApiException {
        Project existing = existingProject(segment(request, "/admin/projects"));
        long users = store.snapshot().entries().stream()
                .filter(e -> existing.name().equals(e.project())).count();
        if (users > 0) {
            throw new ApiException(409, "project_in_use", "project: \"" + existing.name()
                    + "\" is used by " + users + " entries (expected: none; move or delete them first)");
        }
        if (!call(() -> store.deleteProject(existing.name()))) {
            throw noProject(existing.name());
        }
        return Response.json(200, Map.of("deleted", existing.name(),
                "faqVersion", store.snapshot().version()));
    }

    private Project existingProject(String name) throws ApiException {
        return store.snapshot().project(name).orElseThrow(() -> noProject(name));
    }

    private static ApiException noProject(String name) {
        return new ApiException(404, "not_found", "no project named \"" + name + "\"");
    }

    // import, versions, rollback

    /**
     * Imports the digest in the body, named by {@code name}, or, with {@code url}, the digest
     * downloaded from there (named by {@code name} or the URL's path). A download that fails is a
     * 502 saying why; nothing is written.
     */
    private Response importDigest(Request request) throws ApiException {
        String url = request.query().get("url");
        String name = request.query().get("name");
        if ((url == null || name != null) && (name == null || !DIGEST_NAME.matcher(name).matches())) {
            throw new ApiException(400, "invalid_param", "name: " + (name == null ? "missing" : "\"" + name + "\"")
                    + " (expected: the digest file name, such as sofa-weekly-20210716.md)");
        }
        boolean dryRun = boolParam(request, "dryRun");
        String text;
        if (url == null) {
            text = Json.utf8(request.body());
        } else {
            if (!DigestFetcher.isUrl(url)) {
                throw new ApiException(400, "invalid_param", "url: \"" + url + "\" (expected: an http:// or https:// URL)");
            }
            try {
                DigestFetcher.Download download = fetcher.fetch(url, name);
                name = download.fileName();
                text = download.text();
            } catch (DigestFetcher.DigestFetchException e) {
                throw new ApiException(502, "download_failed", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(503, "interrupted", "the download was interrupted; nothing imported");
            }
        }
        try {
            return Response.json(200, importer.importText(name, text, dryRun));
        } catch (DigestFormatException e) {
            throw new ApiException(400, "invalid_digest", name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("FAQ store write failed", e);
        }
    }

    private Response versions(Request request) {
        List<?> kept = call(store::versions);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("current", store.snapshot().version());
        body.put("versions", kept);
        return Response.json(200, body);
    }

    private Response rollback(Request request) throws ApiException {
        String text = segment(request, "/admin/rollback");
        long version;
        try {
            version = Long.parseLong(text);
        } catch (NumberFormatException e) {
            version = 0;
        }
        if (version < 1) {
            throw new ApiException(400, "invalid_param", "version: \"" + text + "\" (expected: a positive integer)");
        }
        long wanted = version;
        FaqSnapshot restored = call(() -> store.rollback(wanted)).orElseThrow(() -> new ApiException(404,
                "not_found", "version: " + wanted + " (expected: a kept version; see GET /admin/versions)"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("restored", wanted);
        body.put("faqVersion", restored.version());
        body.put("entries", restored.entries().size());
        return Response.json(200, body);
    }

    // unanswered

    private Response listUnanswered(Request request) throws ApiException {
        int limit = intParam(request, "limit", DEFAULT_UNANSWERED, 1, MAX_UNANSWERED);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", unanswered.size());
        body.put("groups", unanswered.list(limit));
        return Response.json(200, body);
    }

    /**
     * Answers an unanswered group in one call: {@code {"alternateOf": "<entry id>"}} adds its
     * text as another phrasing of that entry (200); an entry body creates a new entry whose
     * question defaults to the group's text (201). Either way the group leaves the queue.
     */
    private Response answerUnanswered(Request request) throws ApiException {
        String id = segment(request, "/admin/unanswered");
        UnansweredGroup group = unanswered.get(id).orElseThrow(() -> new ApiException(404,
                "not_found", "no unanswered group with id \"" + id + "\""));
        JsonNode body = request.jsonObject();
        Response response;
        if (body.has("alternateOf")) {
            AdminInput.onlyFields(body, Set.of("alternateOf"));
            String entryId = AdminInput.optionalString(body, "alternateOf");
            FaqSnapshot written = call(() -> store.updateEntry(entryId == null ? "" : entryId,
                    old -> old.alternates().contains(group.text()) ? old : old.withAlternates(
                            append(old.alternates(), group.text()))))
                    .orElseThrow(() -> new ApiException(400, "unknown_entry", "alternateOf: \""
                            + entryId + "\" (expected: an entry id)"));
            response = Response.json(200, written.entry(entryId).orElseThrow());
        } else {
            ObjectNode withQuestion = ((ObjectNode) body).deepCopy();
            if (!withQuestion.hasNonNull("question")) {
                withQuestion.put("question", group.text());
            }
            response = create(withQuestion);
        }
        unanswered.remove(id);
        return response;
    }

    private static List<String> append(List<String> list, String item) {
        List<String> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    // parameters and store calls

    private static String segment(Request request, String prefix) throws ApiException {
        List<String> segments = request.segmentsAfter(prefix);
        if (segments.size() != 1 || segments.get(0).isEmpty()) {
            throw new ApiException(404, "not_found", "no route for " + request.path());
        }
        return segments.get(0);
    }

    private static int intParam(Request request, String name, int fallback, int min, int max)
            throws ApiException {
        String text = request.query().get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below with the range
        }
        throw new ApiException(400, "invalid_param", name + ": \"" + text + "\" (expected: an integer in "
                + min + ".." + max + ")");
    }

    private static boolean boolParam(Request request, String name) throws ApiException {
        String text = request.query().getOrDefault(name, "false");
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ApiException(400, "invalid_param", name + ": \"" + text
                    + "\" (expected: true or false)");
        };
    }

    private static <T> T call(StoreCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("FAQ store write failed", e);
        }
    }
}
