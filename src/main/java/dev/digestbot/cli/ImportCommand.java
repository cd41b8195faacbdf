package dev.digestbot.cli;

import dev.digestbot.config.BotConfig;
import dev.digestbot.config.ConfigException;
import dev.digestbot.digest.DigestFetcher;
import dev.digestbot.digest.DigestFormatException;
import dev.digestbot.digest.DigestImporter;
import dev.digestbot.digest.DigestReport;
import dev.digestbot.digest.ImportPlan;
import dev.digestbot.digest.SkippedItem;
import dev.digestbot.faq.FaqChangeRefused;
import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqRepository;
import dev.digestbot.faq.FaqSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code import}: imports digest files, the {@code .md} files of folders in name order, and
 * digests downloaded from {@code http(s)://} URLs ({@link DigestFetcher}), as one FAQ version.
 *
 * <p>Prints one report line per digest and a summary. A path that cannot be used is one line on
 * stderr naming it; the other digests still import and the exit code is 1.
 */
final class ImportCommand implements Callable<Integer> {

    private final CommandSpec spec = Specs.command(this, "import",
            "Import digest markdown files, folders of them (their .md files in name order) or http(s)"
                    + " URLs of digests into the FAQ folder, as one FAQ version (see faq/README.md).",
            "A path that cannot be used is named on stderr; the others still import, and the exit code"
                    + " is 1.");
    private final ConfigOptions options = new ConfigOptions(spec);
    private final OptionSpec dryRunFlag = Specs.flag(spec, "--dry-run", "print the report, write nothing");
    private final PositionalParamSpec pathWords = Specs.words(spec, "PATH", "1..*",
            "digest file, folder or http(s) URL");
    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws ConfigException, FaqFormatException, IOException, InterruptedException {
        BotConfig config = options.load(Map.of());
        FaqRepository store = ConfigOptions.openFaq(config);
        DigestImporter importer = new DigestImporter(store);
        FaqSnapshot before = store.snapshot();
        List<ImportPlan> plans = new ArrayList<>();
        int failed = 0;
        DigestFetcher fetcher = null;
        List<String> paths = pathWords.getValue();
        for (String path : paths) {
            if (!DigestFetcher.isUrl(path)) {
                continue;
            }
            fetcher = fetcher == null ? DigestFetcher.withDefaults() : fetcher;
            try {
                DigestFetcher.Download download = fetcher.fetch(path, null);
                ImportPlan plan = importer.plan(download.fileName(), download.text(), before);
                plans.add(plan);
                printDigest(plan.report());
            } catch (DigestFetcher.DigestFetchException e) {
                err.println("import: " + e.getMessage());
                failed++;
            } catch (DigestFormatException e) {
                err.println("import: " + path + ": " + e.getMessage());
                failed++;
            }
        }
        for (Path file : expand(paths.stream().filter(p -> !DigestFetcher.isUrl(p)).toList())) {
            if (file == null) {
                failed++;
                continue;
            }
            try {
                ImportPlan plan = importer.planFile(file, before);
                plans.add(plan);
                printDigest(plan.report());
            } catch (DigestFormatException e) {
                err.println("import: " + file + ": " + e.getMessage());
                failed++;
            } catch (IOException e) {
                err.println("import: " + file + ": cannot read (" + ExitCodes.describe(e) + ")");
                failed++;
            }
        }
        if (!dryRun() && !plans.isEmpty()) {
            try {
                importer.apply(plans);
            } catch (FaqChangeRefused e) {
                err.println("import: " + (e.reason() == FaqChangeRefused.Reason.STALE_VERSION
                        ? "the FAQ changed while the digests were read (it is now version "
                                + e.currentVersion() + "); nothing imported, run the import again"
                        : e.detail() + "; nothing imported"));
                return ExitCodes.FAILED;
            } catch (IOException e) {
                err.println("import: cannot write the FAQ folder, nothing imported ("
                        + ExitCodes.describe(e) + ")");
                return ExitCodes.FAILED;
            }
        }
        printSummary(plans.stream().map(ImportPlan::report).toList(), failed);
        return failed == 0 ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    private boolean dryRun() {
        return dryRunFlag.getValue();
    }

    /** The digest files named by the paths, in order; null marks a path already reported bad. */
    private List<Path> expand(List<String> names) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
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
                    List<Path> digests = children.filter(p -> p.getFileName().toString()
                                    .toLowerCase(Locale.ROOT).endsWith(".md"))
                            .filter(Files::isRegularFile).sorted().toList();
                    if (digests.isEmpty()) {
                        err.println("import: " + path + ": no digest (.md file) in the folder");
                        files.add(null);
                    }
                    files.addAll(digests);
                } catch (IOException e) {
                    err.println("import: " + path + ": cannot list the folder (" + ExitCodes.describe(e) + ")");
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

    private void printDigest(DigestReport r) {
        String verb = dryRun() ? "would be " : "";
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

    private void printSummary(List<DigestReport> reports, int failed) {
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
                        + " entries with a project%n", dryRun() ? "dry run, nothing written: " : "",
                reports.size(), failed, found, imported, created, updated, unchanged, kept,
                removed, skipped, imported == 0 ? 0.0 : 100.0 * withProject / imported);
        reasons.forEach((reason, n) -> out.printf("  skipped %d: %s%n", n, reason));
    }
}
