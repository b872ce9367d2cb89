package org.recourse.evidence.legal;

/**
 * A record's status as the LEGAL pages show it. The vault itself knows sealed and shredded; reported (sent to a
 * hotline or police), held (under a legal hold) and purge due (past its retention date, not held) come from the
 * hotline and retention parts, through {@link RecordStatuses#of}.
 */
public enum LegalStatus {
    SEALED,
    REPORTED,
    HELD,
    PURGE_DUE,
    SHREDDED;

    /** The message key of its words on a page. */
    public String messageKey() {
        return "legal.status." + name();
    }

    /** Its code in the API ({@code purge-due}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
