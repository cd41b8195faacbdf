package dev.digestbot.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The read-only {@code ../shared} folder beside the project (digests, eval set, WeChat vectors),
 * or the folder named by {@code DIGESTBOT_SHARED}. Tests that need it are skipped when it is
 * absent, except under CI ({@code CI} set), where its absence is a failure.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder; skips (or, under CI, fails) the calling test when it is missing. */
    public static Path require(String child) {
        String override = System.getenv("DIGESTBOT_SHARED");
        Path root = override != null && !override.isBlank() ? Path.of(override) : Path.of("..", "shared");
        Path path = root.resolve(child).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            String message = path + " is absent: this test needs ../shared beside the project"
                    + " (or DIGESTBOT_SHARED)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return path;
    }
}
