package dev.digestbot.config;

import static dev.digestbot.config.ConfigKeys.ADMIN_TOKEN;
import static dev.digestbot.config.ConfigKeys.ADMIN_UNANSWERED_SIZE;

import java.util.Objects;

/**
 * The operator API. An empty {@code token} disables it; the token is a secret, so
 * {@link #toString()} never shows it.
 *
 * @param unansweredSize how many distinct unanswered messages the queue remembers, within the
 *     range {@link ConfigKeys} declares
 */
public record AdminSettings(String token, int unansweredSize) {

    public AdminSettings {
        Objects.requireNonNull(token, "token");
        ADMIN_UNANSWERED_SIZE.require(unansweredSize);
    }

    static AdminSettings from(Settings s) {
        return new AdminSettings(s.get(ADMIN_TOKEN).strip(), s.get(ADMIN_UNANSWERED_SIZE));
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
