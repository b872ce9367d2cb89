package org.recourse.evidence;

import java.util.Locale;

/**
 * What happened to an evidence record, for its chain of custody: every access and every change of who may hold it or
 * how long, with who and when. Each is also written in the audit chain as {@code evidence.<code>}.
 */
public enum CustodyAction {
    /** Sealed at a removal or referral (by the reviewer who decided). */
    SEALED,
    /** Decrypted for a purpose (a hotline report, an export, a LEGAL user viewing it). */
    OPENED,
    /** Exported as an evidence package. */
    EXPORTED,
    /** Put under a legal hold (purging suspended). */
    HELD,
    /** A legal hold was lifted. */
    RELEASED,
    /** Reported to a hotline or notified to police (a retention clock starts). */
    REPORTED,
    /** Its data key was re-wrapped under the current vault key (rotation); the encrypted parts were not touched. */
    REWRAPPED,
    /** Crypto-shredded: the data key destroyed, then the parts deleted. */
    SHREDDED;

    /** The code in the audit log: {@code opened}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of its words on a page. */
    public String messageKey() {
        return "evidence.custody." + name();
    }
}
