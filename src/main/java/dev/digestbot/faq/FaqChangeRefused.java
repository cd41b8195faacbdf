package dev.digestbot.faq;

import java.util.Objects;

/**
 * A {@link FaqChange} the repository refused as a whole: nothing of it was written. Says why in
 * a {@link Reason} a caller can map (the admin API maps it to a status) and a detail naming the
 * field, the value and what was expected.
 */
public final class FaqChangeRefused extends Exception {

    /** Why a change was refused; {@link #code()} is the error code the admin API shows. */
    public enum Reason {
        /** A field breaks a rule of {@link FaqRules}. */
        INVALID_FIELD("invalid_field"),
        MISSING_FIELD("missing_field"),
        TOO_LONG("too_long"),
        /** An entry names a project that does not exist. */
        UNKNOWN_PROJECT("unknown_project"),
        /** An entry's {@code sameAs} names no other entry. */
        UNKNOWN_ENTRY("unknown_entry"),
        DUPLICATE_ID("duplicate_id"),
        /** A project name or alias another project already has. */
        DUPLICATE_NAME("duplicate_name"),
        NO_SUCH_ENTRY("not_found"),
        NO_SUCH_PROJECT("not_found"),
        NO_SUCH_VERSION("not_found"),
        PROJECT_IN_USE("project_in_use"),
        /** The change was based on a version that is no longer current. */
        STALE_VERSION("stale_version"),
        /** The files hold a hand edit that does not load; writing now would lose it. */
        FILES_BROKEN("faq_file_problem");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final long currentVersion;

    public FaqChangeRefused(Reason reason, String detail, long currentVersion) {
        super(detail, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.currentVersion = currentVersion;
    }

    /** A change based on {@code expected} while {@code current} is served. */
    public static FaqChangeRefused stale(long expected, long current) {
        return new FaqChangeRefused(Reason.STALE_VERSION, "base version " + expected
                + " (expected: " + current + ", the current FAQ version; read again and retry)", current);
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return getMessage();
    }

    /** The version being served when the change was refused. */
    public long currentVersion() {
        return currentVersion;
    }
}
