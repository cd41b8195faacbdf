package dev.digestbot.digest;

import dev.digestbot.faq.FaqChangeRefused;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.FaqStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The {@code import [--faq DIR] [--dry-run] PATH…} command: imports digest files, the
 * {@code .md} files of folders in name order, and digests downloaded from {@code http(s)://} URLs
 * ({@link DigestFetcher}).
 *
 * <p>Exit codes: 0 when every file imported; 1 when some file failed (each failure is one line
 * on {@code err} naming the file; the other files still import); 2 for bad usage or a FAQ folder
 * that cannot be opened, with a one-line message.
 */
public final class ImportCommand {

    static final String USAGE = "usage: import [--faq DIR] [--dry-run] PATH...";

    private ImportCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path faq = Path.of("faq");
        boolean dryRun = false;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.equals("--faq")) {
                if (i + 1 == args.size()) {
                    err.println("import: --faq needs a folder (" + USAGE + ")");
                    return 2;
                }
                try {
                    faq = Path.of(args.get(++i));
                } catch (InvalidPathException e) {
                    err.println("import: --faq: " + args.get(i) + " (expected: a folder path)");
                    return 2;
                }
            } else if (arg.startsWith("--")) {
                err.println("import: unknown option " + arg + " (" + USAGE + ")");
                return 2;
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            err.println("import: no digest given (" + USAGE + ")");
            return 2;
        }
        FaqStore store;
        try {
            store = FaqStore.open(faq, Clock.systemUTC());
        } catch (FaqFormatException | IOException e) {
            err.println("import: cannot open the FAQ folder: " + e.getMessage());
            return 2;
        }
        return importAll(new DigestImporter(store), store.snapshot(), paths, dryRun, out, err);
    }

    private static int importAll(DigestImporter importer, FaqSnapshot before, List<String> paths,
            boolean dryRun, PrintStream out, PrintStream err) {
        List<ImportPlan> plans = new ArrayList<>();
        int failed = 0;
        DigestFetcher fetcher = null;
        for (String path : paths) {
            if (!DigestFetcher.isUrl(path)) {
                continue;
            }
            fetcher = fetcher == null ? DigestFetcher.withDefaults() : fetcher;
            try {
                DigestFetcher.Download download = fetcher.fetch(path, null);
                ImportPlan plan = importer.plan(download.fileName(), download.text(), before);
                plans.add(plan);
                printDigest(plan.report(), dryRun, out);
            } catch (DigestFetcher.DigestFetchException e) {
                err.println("import: " + e.getMessage());
                failed++;
            } catch (DigestFormatException e) {
                err.println("import: " + path + ": " + e.getMessage());
                failed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("import: interrupted, nothing imported");
                return 1;
            }
        }
        for (Path file : expand(paths.stream().filter(p -> !DigestFetcher.isUrl(p)).toList(), err)) {
            if (file == null) {
                failed++;
                continue;
            }
            try {
                ImportPlan plan = importer.planFile(file, before);
                plans.add(plan);
                printDigest(plan.report(), dryRun, out);
            } catch (DigestFormatException e) {
                err.println("import: " + file + ": " + e.getMessage());
                failed++;
            } catch (IOException e) {
                err.println("import: " + file + ": cannot read (" + describe(e) + ")");
                failed++;
            }
        }
        if (!dryRun && !plans.isEmpty()) {
            try {
                importer.apply(plans);
            } catch (FaqChangeRefused e) {
                err.println("import: " + (e.reason() == FaqChangeRefused.Reason.STALE_VERSION
                        ? "the FAQ changed while the digests were read (it is now version " + e.currentVersion()
                                + "); nothing imported, run the import again"
                        : e.detail() + "; nothing imported"));
                return 1;
            } catch (IOException e) {
                err.println("import: cannot write the FAQ folder, nothing imported (" + describe(e) + ")");
                return 1;
            }
        }
        printSummary(plans.stream().map(ImportPlan::report).toList(), failed, dryRun, out);
        return failed == 0 ? 0 : 1;
    }

    /** The digest files named by the paths, in order; null marks a path already reported bad. */
    private static List<Path> expand(List<String> paths, PrintStream err) {
        List<Path> files = new ArrayList<>();
        for (String name : paths) {
            Path path;
            try {
                path = Path.of(name);
            } catch (InvalidPathException e) {
                err.println("import: " + name + ": not a valid path");
                files.add(null);
                continue;
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
                                    .endsWith(".md"))
                            .filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("import: " + path + ": cannot list the folder (" + describe(e) + ")");
                    files.add(null);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                err.println("import: " + path + ": no such file or folder");
                files.add(null);
            }
        }
        return files;
    }

    private static void printDigest(DigestReport r, boolean dryRun, PrintStream out) {
        String verb = dryRun ? "would be " : "";
        out.printf("%s: %d items; %s%d created, %d updated, %d unchanged, %d kept, %d removed,"
                        + " %d skipped%n", r.fileName(), r.itemsFound(), verb, r.created().size(),
                r.updated().size(), r.unchanged().size(), r.kept().size(), r.removed().size(),
                r.skipped().size());
        for (SkippedItem s : r.skipped()) {
            out.printf("  skipped item %d (line %d): %s%n", s.ordinal(), s.line(), s.reason());
        }
        for (String k : r.kept()) {
            out.printf("  kept %s%n", k);
        }
        for (String id : r.removed()) {
            out.printf("  %sremoved %s: its item is no longer in the digest%n", verb, id);
        }
    }

    private static void printSummary(List<DigestReport> reports, int failed, boolean dryRun,
            PrintStream out) {
        int found = 0;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int kept = 0;
        int removed = 0;
        int withProject = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        for (DigestReport r : reports) {
            found += r.itemsFound();
            created += r.created().size();
            updated += r.updated().size();
            unchanged += r.unchanged().size();
            kept += r.kept().size();
            removed += r.removed().size();
            withProject += r.withProject();
            for (SkippedItem s : r.skipped()) {
                reasons.merge(s.reason().replaceFirst("^line \\d+: ", ""), 1, Integer::sum);
            }
        }
        int imported = created + updated + unchanged;
        int skipped = reasons.values().stream().mapToInt(Integer::intValue).sum();
        out.printf("%s%d digests (%d failed): %d items found, %d imported (%d created, %d updated,"
                        + " %d unchanged), %d kept, %d removed, %d skipped; %.1f%% of imported"
                        + " entries with a project%n", dryRun ? "dry run, nothing written: " : "",
                reports.size(), failed, found, imported, created, updated, unchanged, kept,
                removed, skipped, imported == 0 ? 0.0 : 100.0 * withProject / imported);
        reasons.forEach((reason, n) -> out.printf("  skipped %d: %s%n", n, reason));
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
