package org.recourse.screening;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.recourse.cases.Category;
import org.recourse.screening.banks.BankPurpose;

/**
 * The statements of reasons screening needs an answer from, in its own transaction: the id to give the platform for
 * an upload or a text it held or blocked, and the statement that a lifted ban ended. Implemented by the statements
 * feature, which sits above screening (an interface here keeps the import with the flow).
 */
public interface ScreeningStatements {

    /**
     * An upload held or blocked that was not reported (the platform gave no content id, or a quarantined hash opened no
     * case), named by the platform's reference if it gave one, else by a hash of its bytes.
     *
     * @param hashType sha256, md5, pdq or vpdq (the SHA-256 of the frame lines sent)
     * @param bankKind the kind of bank the deciding match came from, or null
     * @param byPolicy whether the upload policy's rule (not a match or a ban) held it
     */
    record UnreportedUpload(String reference, String hashType, String hash, boolean blocked, Category category,
            BankPurpose bankKind, boolean uploaderBanned, boolean byPolicy) {

        /** Held or blocked by a match or a ban. */
        public UnreportedUpload(String reference, String hashType, String hash, boolean blocked, Category category,
                BankPurpose bankKind, boolean uploaderBanned) {
            this(reference, hashType, hash, blocked, category, bankKind, uploaderBanned, false);
        }
    }

    /** Issues the statement of an unreported upload (or finds the one in force that says the same); its public id. */
    String unreportedUpload(UnreportedUpload upload);

    /** Issues the statement of a text the phrase lists blocked, named by the SHA-256 of its UTF-8; its public id. */
    String blockedText(String sha256);

    /** The public id of the statement in force about a registered content item, if one was issued. */
    Optional<String> currentForContent(String platformContentId);

    /**
     * A supervisor lifted an uploader's ban: issues the statement that the restriction ended, the next version of the
     * ban's statement, and returns it as the platform reads it.
     */
    JsonObject banLifted(String uploaderId);
}
