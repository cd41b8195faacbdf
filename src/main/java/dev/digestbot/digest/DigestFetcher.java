package dev.digestbot.digest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Downloads the markdown of one published digest from an {@code http(s)://} URL, such as a raw
 * file of the community's site repository, for the importer.
 *
 * <p>Bounded in every way a remote file can hurt: the connection and the whole download each
 * have a timeout, the body a size limit (checked while reading, so a huge or endless body is cut
 * off early), redirects are followed by hand, at most {@link #MAX_REDIRECTS} and only to http or
 * https. Every failure is a {@link DigestFetchException} whose message says what went wrong for
 * an operator, without a stack trace. Thread-safe; one instance can serve concurrent imports.
 */
public final class DigestFetcher {

    public static final int MAX_REDIRECTS = 5;
    public static final int DEFAULT_MAX_BYTES = 1 << 20;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}\\.md");

    /** The digest's file name (it becomes the entries' id stem) and its text. */
    public record Download(String fileName, String text) {

        public Download {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Why a digest could not be downloaded, in one line for an operator. */
    public static final class DigestFetchException extends Exception {

        public DigestFetchException(String message) {
            super(message);
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;

    public DigestFetcher(Duration timeout, int maxBytes) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout: " + timeout + " (expected: > 0)");
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes: " + maxBytes + " (expected: > 0)");
        }
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static DigestFetcher withDefaults() {
        return new DigestFetcher(DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
    }

    /** True when the argument names a URL to fetch rather than a local path. */
    public static boolean isUrl(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * Downloads the digest at the URL.
     *
     * @param name the digest's file name, or null to take it from the URL's path: its last
     *     segment, or the folder's name for an {@code index.md} or {@code README.md}
     */
    public Download fetch(String url, String name) throws DigestFetchException, InterruptedException {
        URI uri = httpUri(url, "URL");
        String fileName = name != null ? checkedName(name) : nameOf(uri);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = send(uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                if (hop == MAX_REDIRECTS) {
                    throw new DigestFetchException(url + ": more than " + MAX_REDIRECTS + " redirects");
                }
                String location = response.headers().firstValue("Location").orElseThrow(() ->
                        new DigestFetchException(url + ": HTTP " + status + " redirect without a Location"));
                uri = httpUri(resolve(uri, location), "redirect to");
                continue;
            }
            if (status != 200) {
                close(response);
                throw new DigestFetchException(uri + ": HTTP " + status + " (expected: 200 with the digest's markdown)");
            }
            try {
                return new Download(fileName, DigestImporter.decode(readBounded(uri, response)));
            } catch (DigestFormatException e) {
                throw new DigestFetchException(uri + ": " + e.getMessage());
            }
        }
    }

    private HttpResponse<InputStream> send(URI uri, long deadline) throws DigestFetchException, InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut(uri);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(left))
                .header("Accept", "text/markdown, text/plain;q=0.9, */*;q=0.1")
                .header("User-Agent", "digestbot")
                .GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw timedOut(uri);
        } catch (ConnectException e) {
            throw new DigestFetchException(uri + ": cannot connect to " + uri.getHost()
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
        } catch (IOException e) {
            throw new DigestFetchException(uri + ": download failed (" + describe(e) + ")");
        }
    }

    private byte[] readBounded(URI uri, HttpResponse<InputStream> response) throws DigestFetchException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            close(response);
            throw tooLarge(uri);
        }
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(uri);
            }
            return body;
        } catch (HttpTimeoutException e) {
            throw timedOut(uri);
        } catch (IOException e) {
            throw new DigestFetchException(uri + ": download failed (" + describe(e) + ")");
        }
    }

    private static URI httpUri(String text, String what) throws DigestFetchException {
        try {
            URI uri = new URI(text.strip());
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with what was expected
        }
        throw new DigestFetchException(what + " \"" + shorten(text) + "\" refused (expected: an http:// or https:// URL)");
    }

    private static String resolve(URI base, String location) throws DigestFetchException {
        try {
            return base.resolve(new URI(location.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new DigestFetchException(base + ": redirect to \"" + shorten(location) + "\" is not a URL");
        }
    }

    private static String nameOf(URI uri) throws DigestFetchException {
        String path = Optional.ofNullable(uri.getPath()).orElse("");
        String[] segments = path.split("/");
        int last = segments.length - 1;
        while (last >= 0 && segments[last].isEmpty()) {
            last--;
        }
        if (last < 0) {
            throw new DigestFetchException(uri + ": the URL names no file (expected: a path ending in a digest's .md file)");
        }
        String file = segments[last];
        String lower = file.toLowerCase(Locale.ROOT);
        if ((lower.equals("index.md") || lower.equals("readme.md")) && last > 0 && !segments[last - 1].isEmpty()) {
            file = segments[last - 1] + ".md";
        } else if (!lower.endsWith(".md")) {
            file = file + ".md";
        }
        return checkedName(file);
    }

    private static String checkedName(String name) throws DigestFetchException {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new DigestFetchException("digest name \"" + shorten(name) + "\" refused (expected: letters, digits,"
                    + " '.', '_' or '-', ending in .md, such as sofa-weekly-20210716.md)");
        }
        return name;
    }

    private DigestFetchException tooLarge(URI uri) {
        return new DigestFetchException(uri + ": larger than " + maxBytes + " bytes (a digest is a few KiB)");
    }

    private DigestFetchException timedOut(URI uri) {
        long millis = timeout.toMillis();
        return new DigestFetchException(uri + ": no complete answer within "
                + (millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms"));
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing more to read from it either way
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
