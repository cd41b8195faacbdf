package dev.digestbot.http.admin;

import dev.digestbot.api.ApiException;
import dev.digestbot.http.Request;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The bearer-token check of every {@code /admin} request, a {@link dev.digestbot.http.Router.Guard}: {@code Authorization: Bearer <token>},
 * compared in constant time so response timing does not reveal how much of a guess was right.
 * Answers 401 without the header or with a wrong token. The token is never logged or echoed.
 */
final class AdminAuth {

    private static final String SCHEME = "bearer ";

    private final byte[] token;

    AdminAuth(String token) {
        if (token.isBlank()) {
            throw new IllegalArgumentException("token: blank (expected: a secret)");
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** Answers 401 unless the request carries the token. */
    void check(Request request) throws ApiException {
        String header = request.header("authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw unauthorized();
        }
        byte[] given = header.substring(SCHEME.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            throw unauthorized();
        }
    }

    private static ApiException unauthorized() {
        return new ApiException(401, "unauthorized",
                "this route needs the header Authorization: Bearer <admin token>");
    }
}
