package org.recourse.appeals.web;

import java.io.Serializable;
import org.recourse.appeals.PersonRecords;
import org.recourse.appeals.ProofConfirmation;

/** One person's three confirmations on the appeal form; each ticked box rests on the record the platform named. */
public class ProofForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String ageRecord;
    private final String consentRecord;
    private boolean adult;
    private boolean freely;
    private boolean still;

    ProofForm(PersonRecords records) {
        this.ageRecord = records.ageRecord().value();
        this.consentRecord = records.consentRecord().value();
    }

    ProofConfirmation confirmation() {
        return new ProofConfirmation(adult ? new org.recourse.appeals.RecordId(ageRecord) : null,
                freely ? new org.recourse.appeals.RecordId(consentRecord) : null,
                still ? new org.recourse.appeals.RecordId(consentRecord) : null);
    }

    public String getAgeRecord() {
        return ageRecord;
    }

    public String getConsentRecord() {
        return consentRecord;
    }

    public boolean isAdult() {
        return adult;
    }

    public void setAdult(boolean adult) {
        this.adult = adult;
    }

    public boolean isFreely() {
        return freely;
    }

    public void setFreely(boolean freely) {
        this.freely = freely;
    }

    public boolean isStill() {
        return still;
    }

    public void setStill(boolean still) {
        this.still = still;
    }
}
