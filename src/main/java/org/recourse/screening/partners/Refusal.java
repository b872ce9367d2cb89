package org.recourse.screening.partners;

import java.util.Locale;

/**
 * Why a partner's file was refused; nothing of it is stored then. Each has its message key (the page and the
 * problem document say it in the reader's language) and the HTTP status the admin API answers with.
 */
public enum Refusal {
    /** Larger than the setting allows, in bytes or signals: read no further. */
    OVERSIZED(413),
    /** Not UTF-8 text, not JSON lines, a header or signal that is not what the format says. */
    MALFORMED(422),
    /** A format or version this portal does not read. */
    UNSUPPORTED_VERSION(422),
    /** No signature line at the end. */
    UNSIGNED(422),
    /** A signature that the partner's key does not verify over the file's bytes. */
    BAD_SIGNATURE(422),
    /** Signed by another key than this partnership's partner, or hashed under another partnership's key. */
    WRONG_PARTNER(422),
    /** A file already imported, or one older than the newest imported from this partner. */
    REPLAYED(409),
    /** The partnership is disabled, only exports, or has no partner key to check files with. */
    NOT_IMPORTING(409);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "staff.partners.refused." + code();
    }
}
