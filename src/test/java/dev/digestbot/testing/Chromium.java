package dev.digestbot.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through chromedriver, as Debian packages them ({@code chromium},
 * {@code chromium-driver}; {@code .ci/run} installs them), or the binaries named by
 * {@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN}. A test that needs a browser is skipped when
 * there is none, except under CI ({@code CI} set), where that is a failure.
 *
 * <p>Each browser gets a fresh profile folder and runs without the services that call home
 * (component updates, sync, background networking): on a machine without Internet access they
 * made start-up hang.
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--disable-extensions", "--lang=en-US");

    /** Selenium warns on every start that it ships no DevTools bindings for this Chromium; no test uses them. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new browser; skips (or, under CI, fails) the calling test when Chromium or chromedriver is missing. */
    public static Chromium start() throws IOException {
        Path browser = require("CHROMIUM_BIN", "/usr/bin/chromium", "chromium");
        Path driverBinary = require("CHROMEDRIVER_BIN", "/usr/bin/chromedriver", "chromium-driver");
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("digestbot-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(browser.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverBinary.toFile())
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    private static Path require(String variable, String fallback, String debianPackage) {
        String named = System.getenv(variable);
        Path path = Path.of(named != null && !named.isBlank() ? named : fallback);
        if (!Files.isExecutable(path)) {
            String message = path + " is missing: this test drives headless Chromium (apt-get install chromium"
                    + " chromium-driver, as .ci/run does, or set " + variable + "; Debian package " + debianPackage + ")";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return path;
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
