package dev.digestbot.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestbot.api.ApiException;
import dev.digestbot.api.Json;
import dev.digestbot.digest.DigestFetcher;
import dev.digestbot.digest.DigestFormatException;
import dev.digestbot.digest.DigestImporter;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqChange;
import dev.digestbot.faq.FaqChangeRefused;
import dev.digestbot.faq.FaqRepository;
import dev.digestbot.faq.FaqRules;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.Project;
import dev.digestbot.http.Request;
import dev.digestbot.http.Response;
import dev.digestbot.http.Router;
import dev.digestbot.json.JsonMapping;
import dev.digestbot.ops.UnansweredGroup;
import dev.digestbot.ops.UnansweredQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The operator API of DESIGN.md under {@code /admin}. Every request under {@code /admin}, to a
 * route or not, with any method, first passes the bearer-token guard (401), and only then gets a
 * 404 or 405. Every write is one {@link FaqChange} of the {@link FaqRepository}, so its checks and
 * the write are atomic, serialized, versioned, and answered only once the matcher serves them.
 *
 * <p>Versions: reads answer the FAQ version they saw as {@code ETag: "41"}; a write that sends it
 * back as {@code If-Match: "41"} applies only while version 41 is current (without If-Match a
 * write applies to whatever is current).
 *
 * <p>Statuses: 200, 201 (created), 400 (invalid body, parameter or header; the detail names the
 * field), 401, 404 (no such entry, project, version or unanswered group), 409 (deleting a project
 * that entries use; {@code stale_version} with the current {@code faqVersion} when If-Match names
 * an older version; {@code faq_file_problem} while a hand edit of the files does not load). A
 * failed disk write is a 500 logged by the one error mapper.
 */
public final class AdminRoutes {

    private static final int DEFAULT_PAGE_SIZE = 20;
    /** 48 random bits make a clash of generated ids rare; several in a row mean a bug. */
    private static final int ID_ATTEMPTS = 3;
    private static final int MAX_PAGE_SIZE = 100;
    private static final int DEFAULT_UNANSWERED = 50;
    private static final int MAX_UNANSWERED = 1000;
    private static final Pattern DIGEST_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}\\.md");
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"([0-9]{1,18})\"");

    private final AdminAuth auth;
    private final FaqRepository store;
    private final UnansweredQueue unanswered;
    private final DigestImporter importer;
    private final DigestFetcher fetcher;

    public AdminRoutes(String token, FaqRepository store, UnansweredQueue unanswered) {
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
        FaqSnapshot snapshot = store.snapshot();
        List<Entry> found = snapshot.entries().stream()
                .filter(e -> q.isEmpty() || mentions(e, q))
                .toList();
        int from = (int) Math.min((long) (page - 1) * size, found.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.size());
        body.put("page", page);
        body.put("size", size);
        body.put("entries", found.subList(from, Math.min(from + size, found.size())));
        return tagged(Response.json(200, body), snapshot);
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
        FaqSnapshot snapshot = store.snapshot();
        return entry(200, snapshot, snapshot.entry(id).orElseThrow(() -> noEntry(id)));
    }

    /**
     * An entry as the admin API shows it: its fields, and under {@code twins} the other entries
     * of its {@code sameAs} group, which answer in its stead when they match better; tagged with
     * the version it was read at.
     */
    private static Response entry(int status, FaqSnapshot snapshot, Entry entry) {
        ObjectNode body = JsonMapping.MAPPER.valueToTree(entry);
        body.set("twins", JsonMapping.MAPPER.valueToTree(snapshot.twins(entry).stream()
                .filter(twin -> !twin.id().equals(entry.id())).toList()));
        return tagged(Response.json(status, body), snapshot);
    }

    private Response createEntry(Request request) throws ApiException {
        return create(request.jsonObject(), baseVersion(request));
    }

    private Response create(JsonNode body, OptionalLong base) throws ApiException {
        String given = AdminInput.optionalString(body, "id");
        if (given != null) {
            Entry entry = AdminInput.entry(body, given);
            return created(write(FaqChange.of(new FaqChange.CreateEntry(entry)).basedOn(base)), given);
        }
        Entry draft = AdminInput.entry(body, "draft");
        String project = FaqRules.withCanonicalProjects(store.snapshot().projects(), List.of(draft)).get(0).project();
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            String id = newId(project == null ? "entry" : project);
            Entry entry = new Entry(id, draft.question(), draft.alternates(), draft.answer(),
                    draft.project(), draft.link(), null, null, draft.tags(), draft.sameAs(),
                    draft.disabled(), null);
            try {
                return created(store.apply(FaqChange.of(new FaqChange.CreateEntry(entry)).basedOn(base)), id);
            } catch (FaqChangeRefused e) {
                if (e.reason() != FaqChangeRefused.Reason.DUPLICATE_ID) {
                    throw refusal(e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("FAQ store write failed", e);
            }
        }
        throw new IllegalStateException(ID_ATTEMPTS + " random ids in a row were taken");
    }

    private static Response created(FaqSnapshot written, String id) {
        return entry(201, written, written.entry(id).orElseThrow())
                .withHeader("Location", "/admin/entries/" + id);
    }

    /** {@code <project>-<random hex>}: readable, and unique without coordination. */
    private static String newId(String project) {
        String slug = project.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return (slug.isEmpty() ? "entry" : slug) + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    }

    /** Replaces an entry; its {@code source} and {@code followups}, which the API does not edit, stay. */
    private Response replaceEntry(Request request) throws ApiException {
        String id = segment(request, "/admin/entries");
        JsonNode body = request.jsonObject();
        String given = AdminInput.optionalString(body, "id");
        if (given != null && !given.equals(id)) {
            throw new ApiException(400, "invalid_field", "id: \"" + shorten(given)
                    + "\" (expected: \"" + id + "\" as in the path, or no id)");
        }
        Entry fresh = AdminInput.entry(body, id);
        FaqSnapshot written = write(FaqChange.of(new FaqChange.EditEntry(id, fresh::withSourceOf))
                .basedOn(baseVersion(request)));
        return entry(200, written, written.entry(id).orElseThrow());
    }

    private Response deleteEntry(Request request) throws ApiException {
        String id = segment(request, "/admin/entries");
        FaqSnapshot written = write(FaqChange.of(new FaqChange.DeleteEntry(id)).basedOn(baseVersion(request)));
        return tagged(Response.json(200, Map.of("deleted", id, "faqVersion", written.version())), written);
    }

    private static ApiException noEntry(String id) {
        return new ApiException(404, "not_found", "no entry with id \"" + id + "\"");
    }

    // projects

    private Response listProjects(Request request) {
        FaqSnapshot snapshot = store.snapshot();
        return tagged(Response.json(200, Map.of("projects", snapshot.projects())), snapshot);
    }

    private Response createProject(Request request) throws ApiException {
        JsonNode body = request.jsonObject();
        String name = AdminInput.projectName(AdminInput.optionalString(body, "name"), "name");
        Project project = AdminInput.project(body, name);
        FaqSnapshot written = write(FaqChange.of(new FaqChange.CreateProject(project)).basedOn(baseVersion(request)));
        return tagged(Response.json(201, project), written).withHeader("Location", "/admin/projects/" + name);
    }

    private Response replaceProject(Request request) throws ApiException {
        String name = segment(request, "/admin/projects");
        Project existing = store.snapshot().project(name).orElseThrow(() -> new ApiException(404,
                "not_found", "no project named \"" + name + "\""));
        JsonNode body = request.jsonObject();
        String given = AdminInput.optionalString(body, "name");
        if (given != null && !given.strip().equalsIgnoreCase(existing.name())) {
            throw new ApiException(400, "invalid_field", "name: \"" + AdminInput.projectName(given, "name")
                    + "\" (expected: \"" + existing.name() + "\" as in the path, or no name)");
        }
        Project project = AdminInput.project(body, existing.name());
        FaqSnapshot written = write(FaqChange.of(new FaqChange.ReplaceProject(project)).basedOn(baseVersion(request)));
        return tagged(Response.json(200, project), written);
    }

    private Response deleteProject(Request request) throws ApiException {
        String name = segment(request, "/admin/projects");
        String shown = store.snapshot().project(name).map(Project::name).orElse(name);
        FaqSnapshot written = write(FaqChange.of(new FaqChange.DeleteProject(name)).basedOn(baseVersion(request)));
        return tagged(Response.json(200, Map.of("deleted", shown, "faqVersion", written.version())), written);
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
            return Response.json(200, importer.importText(name, text, dryRun, baseVersion(request)));
        } catch (DigestFormatException e) {
            throw new ApiException(400, "invalid_digest", name + ": " + e.getMessage());
        } catch (FaqChangeRefused e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException("FAQ store write failed", e);
        }
    }

    private Response versions(Request request) {
        FaqSnapshot snapshot = store.snapshot();
        List<?> kept;
        try {
            kept = store.versions();
        } catch (IOException e) {
            throw new UncheckedIOException("FAQ versions cannot be listed", e);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("current", snapshot.version());
        body.put("versions", kept);
        return tagged(Response.json(200, body), snapshot);
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
        FaqSnapshot restored = write(FaqChange.of(new FaqChange.Restore(version)).basedOn(baseVersion(request)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("restored", version);
        body.put("faqVersion", restored.version());
        body.put("entries", restored.entries().size());
        return tagged(Response.json(200, body), restored);
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
            String entryId = String.valueOf(AdminInput.optionalString(body, "alternateOf"));
            FaqChange change = FaqChange.of("add an alternate to entry " + entryId, List.of(new FaqChange.EditEntry(
                    entryId, old -> old.alternates().contains(group.text()) ? old
                            : old.withAlternates(append(old.alternates(), group.text())))));
            FaqSnapshot written;
            try {
                written = write(change.basedOn(baseVersion(request)));
            } catch (ApiException e) {
                throw e.status() != 404 ? e : new ApiException(400, "unknown_entry", "alternateOf: \""
                        + shorten(entryId) + "\" (expected: an entry id)");
            }
            response = entry(200, written, written.entry(entryId).orElseThrow());
        } else {
            ObjectNode withQuestion = ((ObjectNode) body).deepCopy();
            if (!withQuestion.hasNonNull("question")) {
                withQuestion.put("question", group.text());
            }
            response = create(withQuestion, baseVersion(request));
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

    /** Applies a change; a refusal becomes the API's error, a failed disk write a logged 500. */
    private FaqSnapshot write(FaqChange change) throws ApiException {
        try {
            return store.apply(change);
        } catch (FaqChangeRefused e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException("FAQ store write failed", e);
        }
    }

    private static ApiException refusal(FaqChangeRefused e) {
        int status = switch (e.reason()) {
            case INVALID_FIELD, MISSING_FIELD, TOO_LONG, UNKNOWN_PROJECT, UNKNOWN_ENTRY, DUPLICATE_ID,
                    DUPLICATE_NAME -> 400;
            case NO_SUCH_ENTRY, NO_SUCH_PROJECT, NO_SUCH_VERSION -> 404;
            case PROJECT_IN_USE, STALE_VERSION, FILES_BROKEN -> 409;
        };
        Map<String, Object> fields = e.reason() == FaqChangeRefused.Reason.STALE_VERSION
                ? Map.of("faqVersion", e.currentVersion()) : Map.of();
        return new ApiException(status, e.reason().code(), e.detail(), fields);
    }

    /**
     * The version a write is based on, from {@code If-Match: "41"} (an ETag of a read; a weak
     * {@code W/"41"} is the same); empty without the header.
     */
    private static OptionalLong baseVersion(Request request) throws ApiException {
        String header = request.header("if-match");
        if (header == null) {
            return OptionalLong.empty();
        }
        java.util.regex.Matcher tag = ETAG.matcher(header.strip());
        if (!tag.matches()) {
            throw new ApiException(400, "invalid_header", "If-Match: " + shorten(header)
                    + " (expected: the ETag of a read, such as \"41\")");
        }
        return OptionalLong.of(Long.parseLong(tag.group(1)));
    }

    /** The response with the version it shows as its ETag. */
    private static Response tagged(Response response, FaqSnapshot snapshot) {
        return response.withHeader("ETag", "\"" + snapshot.version() + "\"");
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 59) + "…";
    }
}
