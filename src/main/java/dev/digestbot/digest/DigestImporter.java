package dev.digestbot.digest;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqChange;
import dev.digestbot.faq.FaqChangeRefused;
import dev.digestbot.faq.FaqRepository;
import dev.digestbot.faq.FaqRules;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.Followup;
import dev.digestbot.faq.Project;
import dev.digestbot.faq.Source;
import dev.digestbot.json.Utf8;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Imports digests into a {@link FaqRepository}: one entry per Q&A item, id
 * {@code <digest stem>-<ordinal>}, written as one change per import. A new entry that repeats
 * the question of one published before it is linked to it ({@link Twins}).
 *
 * <p>The importer owns an imported entry's question, answer, project and follow-ups, and records
 * a fingerprint of them in {@link Source#fingerprint()}. On re-import an entry whose content no
 * longer matches its fingerprint was edited by hand and is kept; alternates and tags, which
 * operators add, are carried over on update. Entries of the digest whose item is gone are removed
 * unless edited. An item whose entry would break a rule of {@link FaqRules} is skipped with the
 * rule's words. A plan is worked out on one snapshot and applied only while that snapshot's
 * version is current: a change in between refuses the import as stale instead of overwriting
 * what changed. Thread-safe as far as the repository is.
 */
public final class DigestImporter {

    private final FaqRepository store;

    public DigestImporter(FaqRepository store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Reads a digest file (UTF-8) and imports it; {@code dryRun} reports without writing. */
    public DigestReport importFile(Path file, boolean dryRun)
            throws DigestFormatException, FaqChangeRefused, IOException {
        return apply(planFile(file, store.snapshot()), dryRun);
    }

    /** Imports digest markdown given as text under a file name such as {@code sofa-weekly-20210716.md}. */
    public DigestReport importText(String fileName, String text, boolean dryRun)
            throws DigestFormatException, FaqChangeRefused, IOException {
        return importText(fileName, text, dryRun, OptionalLong.empty());
    }

    /**
     * Imports digest markdown, when {@code base} is present only into that version of the FAQ
     * (refused as stale otherwise, dry run or not).
     */
    public DigestReport importText(String fileName, String text, boolean dryRun, OptionalLong base)
            throws DigestFormatException, FaqChangeRefused, IOException {
        ImportPlan plan = plan(fileName, text, store.snapshot());
        if (base.isPresent() && base.getAsLong() != plan.baseVersion()) {
            throw FaqChangeRefused.stale(base.getAsLong(), plan.baseVersion());
        }
        return apply(plan, dryRun);
    }

    private DigestReport apply(ImportPlan plan, boolean dryRun) throws FaqChangeRefused, IOException {
        if (!dryRun) {
            apply(List.of(plan));
        }
        return plan.report();
    }

    /**
     * Writes the plans of several digests, all worked out on the same snapshot, as one change, so
     * importing a folder is one FAQ version rather than one per digest.
     *
     * @throws FaqChangeRefused when the FAQ is no longer at the version the plans were made on
     */
    public FaqSnapshot apply(List<ImportPlan> plans) throws FaqChangeRefused, IOException {
        if (plans.isEmpty()) {
            return store.snapshot();
        }
        long base = plans.get(0).baseVersion();
        List<Entry> writes = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        Set<String> created = new HashSet<>();
        for (ImportPlan plan : plans) {
            if (plan.baseVersion() != base) {
                throw new IllegalArgumentException("plans: made on versions " + base + " and "
                        + plan.baseVersion() + " (expected: one version)");
            }
            writes.addAll(plan.writes());
            removals.addAll(plan.removals());
            created.addAll(plan.report().created());
        }
        // Worked out on the snapshot now served: if that is not the base version, the change is
        // refused as stale and what it was worked out on does not matter.
        FaqSnapshot current = store.snapshot();
        List<FaqChange.Step> steps = new ArrayList<>();
        for (Entry e : Twins.link(writes, created, current)) {
            steps.add(current.entry(e.id()).isPresent() ? new FaqChange.EditEntry(e.id(), old -> e)
                    : new FaqChange.CreateEntry(e));
        }
        removals.forEach(id -> steps.add(new FaqChange.DeleteEntry(id)));
        String reason = plans.size() == 1 ? "import " + plans.get(0).report().fileName()
                : "import " + plans.size() + " digests";
        return store.apply(FaqChange.of(reason, steps).basedOn(OptionalLong.of(base)));
    }

    /** Reads a digest file (UTF-8) and works out what importing it would change in {@code before}. */
    public ImportPlan planFile(Path file, FaqSnapshot before) throws DigestFormatException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        return plan(file.getFileName().toString(), decode(bytes), before);
    }

    /** Works out what importing the digest text would change in {@code before}; writes nothing. */
    public ImportPlan plan(String fileName, String text, FaqSnapshot before)
            throws DigestFormatException {
        ProjectResolver resolver = new ProjectResolver(before.projects());
        Digest digest = new DigestParser(resolver).parse(fileName, text);
        Map<Integer, Entry> ours = new HashMap<>();
        for (Entry e : before.entries()) {
            if (e.source() != null && e.source().digest().equals(fileName)) {
                ours.put(e.source().item(), e);
            }
        }
        List<Entry> writes = new ArrayList<>();
        List<SkippedItem> skipped = new ArrayList<>(digest.skipped());
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        int withProject = 0;
        Set<Integer> present = new HashSet<>();
        for (DigestItem item : digest.items()) {
            present.add(item.ordinal());
            String id = digest.stem() + "-" + item.ordinal();
            Entry existing = ours.getOrDefault(item.ordinal(), before.entry(id).orElse(null));
            Optional<String> keep = keepReason(existing, fileName);
            if (keep.isPresent()) {
                kept.add(existing.id() + ": " + keep.get());
                continue;
            }
            Entry fresh = toEntry(id, digest, item, resolver, existing);
            Optional<String> broken = FaqRules.checkEntry(fresh);
            if (broken.isPresent()) {
                skipped.add(new SkippedItem(item.ordinal(), item.line(), broken.get()));
                continue;
            }
            if (fresh.project() != null) {
                withProject++;
            }
            if (existing == null) {
                created.add(id);
                writes.add(fresh);
            } else if (existing.sameContent(fresh)) {
                unchanged.add(id);
            } else {
                updated.add(id);
                writes.add(fresh);
            }
        }
        List<String> removed = new ArrayList<>();
        for (Map.Entry<Integer, Entry> e : ours.entrySet()) {
            if (!present.contains(e.getKey())) {
                Optional<String> keep = keepReason(e.getValue(), fileName);
                if (keep.isPresent()) {
                    kept.add(e.getValue().id() + ": " + keep.get());
                } else {
                    removed.add(e.getValue().id());
                }
            }
        }
        removed.sort(null);
        return new ImportPlan(new DigestReport(fileName, digest.itemsFound(), created, updated,
                unchanged, kept, removed, skipped, withProject), before.version(), writes, removed);
    }

    private static Optional<String> keepReason(Entry existing, String fileName) {
        if (existing == null) {
            return Optional.empty();
        }
        Source source = existing.source();
        if (source == null || !source.digest().equals(fileName)) {
            return Optional.of("the id is taken by an entry written by hand");
        }
        if (!fingerprint(existing).equals(source.fingerprint())) {
            return Optional.of("edited by hand");
        }
        return Optional.empty();
    }

    private static Entry toEntry(String id, Digest digest, DigestItem item,
            ProjectResolver resolver, Entry existing) {
        String project = resolver.resolve(item).map(Project::name).orElse(null);
        Entry draft = new Entry(id, item.question(), null, item.answer(), project, null,
                new Source(digest.fileName(), item.ordinal(), digest.date()), item.followups(),
                null, null, null, null);
        Source source = new Source(digest.fileName(), item.ordinal(), digest.date(),
                fingerprint(draft));
        if (existing == null) {
            return new Entry(id, item.question(), List.of(), item.answer(), project, null, source,
                    item.followups(), List.of(), null, null, null);
        }
        // What operators curate (alternates, tags, the link to a twin, the reason it is off) is
        // theirs: an update of the digest's text never touches it.
        return new Entry(id, item.question(), existing.alternates(), item.answer(), project, null,
                source, item.followups(), existing.tags(), existing.sameAs(), existing.disabled(),
                existing.updated());
    }

    /** A short hash of the fields the importer owns: question, answer, project, follow-ups. */
    static String fingerprint(Entry entry) {
        StringBuilder sb = new StringBuilder();
        sb.append(entry.question()).append('\0').append(entry.answer()).append('\0')
                .append(entry.project()).append('\0').append(entry.link());
        for (Followup f : entry.followups()) {
            sb.append('\0').append(f.question()).append('\0').append(f.answer());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The text of a digest file: strict UTF-8 without NUL bytes, a byte-order mark dropped. */
    static String decode(byte[] bytes) throws DigestFormatException {
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new DigestFormatException("not UTF-8 text");
        }
        if (text.indexOf('\0') >= 0) {
            throw new DigestFormatException("not a text file (it holds NUL bytes)");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
