package dev.digestbot.faq;

import dev.digestbot.json.JsonMapping;
import dev.digestbot.json.Utf8;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads and writes the two FAQ files of a folder: {@code projects.json} and {@code entries.json}.
 *
 * <p>Output is pretty-printed with keys in a fixed order and one array element per line, so a
 * change gives a small diff. Writes are atomic: a temp file in the same folder, fsync, rename,
 * fsync of the folder; a crash leaves either the old or the new file, never a torn one, and the
 * temp file it may leave behind ({@code .entries.json.<n>.tmp}) is removed when the folder is next
 * opened. A rewritten file keeps the permissions it had; a new one gets the process's default.
 */
public final class FaqFiles {

    public static final String PROJECTS = "projects.json";
    public static final String ENTRIES = "entries.json";
    private static final String TEMP_SUFFIX = ".tmp";

    private FaqFiles() {
    }

    public static List<Project> readProjects(Path dir) throws FaqFormatException, IOException {
        Path file = dir.resolve(PROJECTS);
        return projects(file, bytes(file)).items();
    }

    /** Entries of the folder; a folder without {@code entries.json} has none. */
    public static List<Entry> readEntries(Path dir) throws FaqFormatException, IOException {
        Path file = dir.resolve(ENTRIES);
        return entries(file, bytes(file)).items();
    }

    public static void writeProjects(Path dir, List<Project> projects) throws IOException {
        writeAtomically(dir.resolve(PROJECTS), render(projects));
    }

    public static void writeEntries(Path dir, List<Entry> entries) throws IOException {
        writeAtomically(dir.resolve(ENTRIES), render(entries));
    }

    /** The content of a file, null when there is no such file. */
    static byte[] bytes(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The projects of a file's content; a missing file (null) is a problem. */
    static FaqFile<Project> projects(Path file, byte[] content) throws FaqFormatException {
        if (content == null) {
            throw new FaqFormatException(file, 0, "file is missing");
        }
        return FaqReader.projects(file, utf8(file, content));
    }

    /** The entries of a file's content; a missing file (null) has none. */
    static FaqFile<Entry> entries(Path file, byte[] content) throws FaqFormatException {
        return content == null ? FaqFile.absent(file) : FaqReader.entries(file, utf8(file, content));
    }

    /** The bytes {@link #writeProjects} or {@link #writeEntries} write for the list. */
    static byte[] render(List<?> items) throws IOException {
        return JsonMapping.PRETTY.writeValueAsBytes(items);
    }

    private static byte[] utf8(Path file, byte[] bytes) throws FaqFormatException {
        try {
            Utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new FaqFormatException(file, 0, "not UTF-8");
        }
        return bytes;
    }

    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = newTempFile(dir, file.getFileName().toString());
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * {@code .<name>.<random>.tmp}, created with the process's default permissions (unlike
     * {@link Files#createTempFile}, whose 0600 the renamed file would keep).
     */
    private static Path newTempFile(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + TEMP_SUFFIX);
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // a rare clash of random names: draw again
            }
        }
    }

    /** Gives the replacement the permissions of the file it replaces, where the file system has them. */
    private static void keepPermissions(Path file, Path replacement) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (old == null || !Files.exists(file)) {
            return;
        }
        Files.getFileAttributeView(replacement, PosixFileAttributeView.class)
                .setPermissions(old.readAttributes().permissions());
    }

    /** Removes the temp files of writes a crash interrupted. */
    static void removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (String name : List.of(PROJECTS, ENTRIES)) {
            try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, "." + name + ".*" + TEMP_SUFFIX)) {
                for (Path temp : temps) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a folder for fsync; the rename is still atomic there.
        }
    }
}
