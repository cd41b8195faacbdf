package dev.digestbot.config;

/**
 * How the FAQ folder is kept and watched.
 *
 * @param keepVersions how many past versions {@code faq/.versions/} keeps for rollback
 * @param watch whether hand edits of {@code faq/} are picked up without a restart
 * @param watchDebounceMillis how long the folder must stay quiet before a hand edit is reloaded
 */
public record FaqSettings(int keepVersions, boolean watch, int watchDebounceMillis) {

    public FaqSettings {
        if (keepVersions < 1) {
            throw new IllegalArgumentException("keepVersions: " + keepVersions + " (expected: >= 1)");
        }
        if (watchDebounceMillis < 0) {
            throw new IllegalArgumentException("watchDebounceMillis: " + watchDebounceMillis
                    + " (expected: >= 0)");
        }
    }

    static FaqSettings from(Settings s) throws ConfigException {
        return new FaqSettings(
                s.integer("faq.keepVersions", 1, 1000),
                s.bool("faq.watch"),
                s.integer("faq.watchDebounceMillis", 0, 60_000));
    }
}
