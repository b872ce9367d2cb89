package org.recourse.appeals;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One person shown, as stored: the platform's record ids, and what the deciding supervisor confirmed on which record. */
@Embeddable
public class StoredPerson {

    @Column(name = "age_record", nullable = false, length = RecordId.MAX_LENGTH)
    private String ageRecord;

    @Column(name = "consent_record", nullable = false, length = RecordId.MAX_LENGTH)
    private String consentRecord;

    @Column(name = "adult_confirmed_on", length = RecordId.MAX_LENGTH)
    private String adultConfirmedOn;

    @Column(name = "free_consent_confirmed_on", length = RecordId.MAX_LENGTH)
    private String freeConsentConfirmedOn;

    @Column(name = "ongoing_consent_confirmed_on", length = RecordId.MAX_LENGTH)
    private String ongoingConsentConfirmedOn;

    protected StoredPerson() {
        // for JPA
    }

    StoredPerson(PersonRecords records) {
        this.ageRecord = records.ageRecord().value();
        this.consentRecord = records.consentRecord().value();
    }

    void confirm(ProofConfirmation confirmation) {
        adultConfirmedOn = text(confirmation.adultAtRecording());
        freeConsentConfirmedOn = text(confirmation.consentedFreely());
        ongoingConsentConfirmedOn = text(confirmation.stillConsents());
    }

    private static String text(RecordId id) {
        return id == null ? null : id.value();
    }

    public PersonRecords records() {
        return new PersonRecords(new RecordId(ageRecord), new RecordId(consentRecord));
    }

    /** What was confirmed at decision (all null before, or when the appeal was upheld without confirming). */
    public ProofConfirmation confirmation() {
        return new ProofConfirmation(adultConfirmedOn == null ? null : new RecordId(adultConfirmedOn),
                freeConsentConfirmedOn == null ? null : new RecordId(freeConsentConfirmedOn),
                ongoingConsentConfirmedOn == null ? null : new RecordId(ongoingConsentConfirmedOn));
    }
}
