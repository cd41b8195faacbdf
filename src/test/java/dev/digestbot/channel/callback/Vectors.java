package dev.digestbot.channel.callback;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The verified vectors of {@code ../shared/docs/wechat-vectors/}, read where they live and never
 * copied into the repository. {@code DIGESTBOT_SHARED} overrides the shared folder; when it is
 * absent the test is skipped, except under CI (env {@code CI} set), where it fails.
 */
public final class Vectors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Vectors() {
    }

    public static JsonNode load(String fileName) {
        Path file = folder().resolve(fileName);
        if (!Files.isRegularFile(file)) {
            missing("vector " + file + " not found");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        String override = System.getenv("DIGESTBOT_SHARED");
        Path shared = override != null && !override.isBlank()
                ? Path.of(override)
                : Path.of(System.getProperty("user.dir")).resolve("../shared");
        Path vectors = shared.resolve("docs/wechat-vectors").normalize();
        if (!Files.isDirectory(vectors)) {
            missing("shared vectors folder " + vectors + " not found (set DIGESTBOT_SHARED)");
        }
        return vectors;
    }

    private static void missing(String why) {
        if (System.getenv("CI") != null) {
            fail(why);
        }
        Assumptions.abort(why);
    }
}
