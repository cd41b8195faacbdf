package dev.digestbot.config;

import static dev.digestbot.config.ConfigKeys.FAQ_KEEP_VERSIONS;
import static dev.digestbot.config.ConfigKeys.FAQ_WATCH;
import static dev.digestbot.config.ConfigKeys.FAQ_WATCH_DEBOUNCE_MILLIS;

/**
 * How the FAQ folder is kept and watched; each value within the range {@link ConfigKeys}
 * declares for it.
 *
 * @param keepVersions how many past versions {@code faq/.versions/} keeps for rollback
 * @param watch whether hand edits of {@code faq/} are picked up without a restart
 * @param watchDebounceMillis how long the folder must stay quiet before a hand edit is reloaded
 */
public record FaqSettings(int keepVersions, boolean watch, int watchDebounceMillis) {

    public FaqSettings {
        FAQ_KEEP_VERSIONS.require(keepVersions);
        FAQ_WATCH_DEBOUNCE_MILLIS.require(watchDebounceMillis);
    }

    static FaqSettings from(Settings s) {
        return new FaqSettings(s.get(FAQ_KEEP_VERSIONS), s.get(FAQ_WATCH), s.get(FAQ_WATCH_DEBOUNCE_MILLIS));
    }
}
