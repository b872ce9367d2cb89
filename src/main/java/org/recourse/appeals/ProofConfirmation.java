package org.recourse.appeals;

/**
 * A supervisor's confirmation, for one person shown, of the three facts restoring protected content needs, each with
 * the record it rests on (null where the supervisor could not confirm it): an adult when it was recorded, consented
 * freely, and still consents.
 */
public record ProofConfirmation(RecordId adultAtRecording, RecordId consentedFreely, RecordId stillConsents) {

    /** Whether all three facts are confirmed, each on a record. */
    public boolean isComplete() {
        return adultAtRecording != null && consentedFreely != null && stillConsents != null;
    }
}
