package dev.digestbot.faq;

import dev.digestbot.json.JsonMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The history folder {@code faq/.versions/}: one sub-folder per kept version ({@code 12/}) with
 * that version's {@code projects.json}, {@code entries.json} and {@code version.json}.
 *
 * <p>A version folder is filled under a temporary name and renamed into place, so a killed process
 * never leaves a half-kept version; leftovers are removed on the next save. Unlike the live files,
 * kept versions are not fsynced: they are history, and fsyncing three more files would triple
 * the cost of every write. After a power loss a kept version may be unreadable; it is then left
 * out of the list and cannot be rolled back to, and the live files are unaffected. Only the
 * newest {@code keep} versions stay. Not thread-safe: {@link FaqStore} calls it under its write
 * lock.
 */
final class FaqVersions {

    static final String FOLDER = ".versions";
    private static final String META = "version.json";
    private static final String PARTIAL = ".partial-";

    private final Path root;
    private final int keep;

    FaqVersions(Path faqDir, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep: " + keep + " (expected: >= 1)");
        }
        this.root = faqDir.resolve(FOLDER);
        this.keep = keep;
    }

    /** The highest kept version, 0 when none is kept. */
    long latest() throws IOException {
        List<Long> numbers = numbers();
        return numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1);
    }

    /** Kept versions, newest first. */
    List<FaqVersion> list() throws IOException {
        List<FaqVersion> out = new ArrayList<>();
        for (long n : numbers()) {
            try {
                out.add(JsonMapping.MAPPER.readValue(folder(n).resolve(META).toFile(), FaqVersion.class));
            } catch (IOException e) {
                // an unreadable kept version (see the class comment) is not offered for rollback
            }
        }
        out.sort(Comparator.comparingLong(FaqVersion::version).reversed());
        return out;
    }

    /** The snapshot kept as version {@code n}; empty when that version is not kept. */
    Optional<FaqSnapshot> load(long n) throws IOException {
        Path folder = folder(n);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FaqSnapshot(n, FaqFiles.readProjects(folder),
                    FaqFiles.readEntries(folder)));
        } catch (FaqFormatException | IllegalArgumentException e) {
            throw new IOException("kept version " + n + " is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * True when the FAQ folder's two files are byte for byte those kept as version {@code n}, as
     * after any write by the store: proof of the same content without parsing either.
     */
    boolean keptAsIs(long n, Path faqDir) throws IOException {
        Path folder = folder(n);
        for (String name : List.of(FaqFiles.PROJECTS, FaqFiles.ENTRIES)) {
            Path live = faqDir.resolve(name);
            Path kept = folder.resolve(name);
            if (!Files.isRegularFile(live) || !Files.isRegularFile(kept) || Files.mismatch(live, kept) != -1) {
                return false;
            }
        }
        return true;
    }

    boolean has(long n) {
        return Files.isDirectory(folder(n));
    }

    /** Keeps the snapshot under its version number, unless already kept, then drops the oldest. */
    void save(FaqSnapshot snapshot, String reason, Instant at) throws IOException {
        if (has(snapshot.version())) {
            return;
        }
        removePartial();
        Path partial = Files.createDirectories(root.resolve(PARTIAL + snapshot.version()));
        Files.write(partial.resolve(FaqFiles.PROJECTS), FaqFiles.render(snapshot.projects()));
        Files.write(partial.resolve(FaqFiles.ENTRIES), FaqFiles.render(snapshot.entries()));
        FaqVersion meta = new FaqVersion(snapshot.version(), at.toString(), reason,
                snapshot.entries().size(), snapshot.projects().size());
        Files.write(partial.resolve(META), JsonMapping.MAPPER.writeValueAsBytes(meta));
        Files.move(partial, folder(snapshot.version()), StandardCopyOption.ATOMIC_MOVE);
        List<Long> numbers = numbers();
        for (int i = 0; i < numbers.size() - keep; i++) {
            deleteTree(folder(numbers.get(i)));
        }
    }

    /** Removes folders a crash left half-written. */
    private void removePartial() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root, PARTIAL + "*")) {
            for (Path child : children) {
                deleteTree(child);
            }
        }
    }

    private Path folder(long n) {
        return root.resolve(Long.toString(n));
    }

    private List<Long> numbers() throws IOException {
        List<Long> numbers = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return numbers;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (name.matches("[1-9][0-9]{0,17}") && Files.isRegularFile(child.resolve(META))) {
                    numbers.add(Long.parseLong(name));
                }
            }
        }
        numbers.sort(null);
        return numbers;
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
