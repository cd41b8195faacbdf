package dev.digestbot.config;

import java.util.Objects;

/**
 * The operator API. An empty {@code token} disables it; the token is a secret, so
 * {@link #toString()} never shows it.
 *
 * @param unansweredSize how many distinct unanswered messages the queue remembers
 */
public record AdminSettings(String token, int unansweredSize) {

    public AdminSettings {
        Objects.requireNonNull(token, "token");
        if (unansweredSize < 1) {
            throw new IllegalArgumentException("unansweredSize: " + unansweredSize + " (expected: >= 1)");
        }
    }

    static AdminSettings from(Settings s) throws ConfigException {
        return new AdminSettings(s.string("admin.token").strip(),
                s.integer("admin.unansweredSize", 1, 1_000_000));
    }

    public boolean enabled() {
        return !token.isEmpty();
    }

    @Override
    public String toString() {
        return "AdminSettings[token=" + (enabled() ? "(set)" : "(none)")
                + ", unansweredSize=" + unansweredSize + "]";
    }
}
