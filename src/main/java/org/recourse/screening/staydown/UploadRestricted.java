package org.recourse.screening.staydown;

import org.recourse.screening.banks.BankPurpose;

/**
 * Upload screening just held or blocked an upload the platform named, and reported it: fired in the screening
 * transaction, after the report, for the statement of reasons.
 *
 * @param bankKind the kind of bank the deciding match came from; null for a match with content pending review or a
 *     block only because the uploader is banned
 * @param uploaderBanned whether the uploader's ban blocked it
 * @param byPolicy whether the upload policy's rule (not a match or a ban) held it
 */
public record UploadRestricted(long contentItemId, long caseId, UploadScreening.Outcome outcome, BankPurpose bankKind,
        boolean uploaderBanned, boolean byPolicy) {

    /** Restricted by a match or a ban. */
    public UploadRestricted(long contentItemId, long caseId, UploadScreening.Outcome outcome, BankPurpose bankKind,
            boolean uploaderBanned) {
        this(contentItemId, caseId, outcome, bankKind, uploaderBanned, false);
    }
}
