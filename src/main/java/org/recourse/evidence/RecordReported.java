package org.recourse.evidence;

import java.time.Instant;

/**
 * A sealed record was sent to someone outside: a hotline (NCMEC's CyberTipline, Cybertip.ca...) or the police. Fired
 * by whoever sent it, in the transaction that records the sending; the vault observes it to start the retention clock
 * of the jurisdiction that the recipient's law belongs to, and to write it in the record's chain of custody.
 *
 * @param recordId the record sent
 * @param recipient who received it, as a stable code ({@code ncmec}, {@code cybertip-ca}, {@code police-ca}...)
 * @param kind a hotline report or a police notification (the clocks start at different events)
 * @param externalReference the recipient's own reference (NCMEC's report id), or null when it gave none
 * @param at when it was sent
 * @param actor who sent it: a staff username, or {@code system} for the outbox
 */
public record RecordReported(long recordId, String recipient, Kind kind, String externalReference, Instant at,
        String actor) {

    /** Which event this is, for the retention rules. */
    public enum Kind {
        /** A report to a hotline (starts the United States clock: 18 U.S.C. 2258A(h)). */
        HOTLINE_REPORT,
        /** A notification of police (starts the Canadian clock: Mandatory Reporting Act, s. 4). */
        POLICE_NOTIFICATION
    }
}
