package dev.digestbot.faq;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Reads and writes the two FAQ files of a folder: {@code projects.json} and {@code entries.json}.
 *
 * <p>Output is pretty-printed with keys in a fixed order and one array element per line, so a
 * change gives a small diff. Writes are atomic: a temp file in the same folder, fsync, rename,
 * fsync of the folder; a crash leaves either the old or the new file, never a torn one.
 *
 * <p>Reading uses jackson-core's streaming parser ({@link FaqReader}), writing Jackson's data
 * binding, which is loaded on the first write only: serving starts sooner without it.
 */
public final class FaqFiles {

    public static final String PROJECTS = "projects.json";
    public static final String ENTRIES = "entries.json";

    /** Holds the writer, so that only the first write initializes data binding. */
    private static final class Pretty {

        static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(new DefaultIndenter("  ", "\n")));
    }

    private FaqFiles() {
    }

    public static List<Project> readProjects(Path dir) throws FaqFormatException, IOException {
        Path file = dir.resolve(PROJECTS);
        return FaqReader.projects(file, utf8(file));
    }

    /** Entries of the folder; a folder without {@code entries.json} has none. */
    public static List<Entry> readEntries(Path dir) throws FaqFormatException, IOException {
        Path file = dir.resolve(ENTRIES);
        if (!Files.exists(file)) {
            return List.of();
        }
        return FaqReader.entries(file, utf8(file));
    }

    public static void writeProjects(Path dir, List<Project> projects) throws IOException {
        writeAtomically(dir.resolve(PROJECTS), Pretty.WRITER.writeValueAsBytes(projects));
    }

    public static void writeEntries(Path dir, List<Entry> entries) throws IOException {
        writeAtomically(dir.resolve(ENTRIES), Pretty.WRITER.writeValueAsBytes(entries));
    }

    /** The bytes {@link #writeProjects} or {@link #writeEntries} would write for the list. */
    static byte[] render(List<?> items) throws IOException {
        return Pretty.WRITER.writeValueAsBytes(items);
    }

    /** The bytes of a file that must exist and be UTF-8. */
    private static byte[] utf8(Path file) throws FaqFormatException, IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FaqFormatException(file, 0, "file is missing");
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new FaqFormatException(file, 0, "not UTF-8");
        }
        return bytes;
    }

    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
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

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a folder for fsync; the rename is still atomic there.
        }
    }
}
