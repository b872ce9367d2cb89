package org.recourse.appeals;

/** Why an appeal could not be filed or decided as asked; each carries the message key a page or problem shows. */
public enum AppealRefusal {
    /** The statement's appeal window has passed. */
    LATE("appeal.refused.late"),
    /** Only a restriction (removal, referral) can be appealed. */
    NOT_A_RESTRICTION("appeal.refused.notRestriction"),
    /** The appeal was decided already. */
    ALREADY_DECIDED("appeal.refused.decided"),
    /** Whoever decided the item cannot decide its appeal. */
    SAME_REVIEWER("appeal.refused.sameReviewer"),
    /** Protected content (a child assumed, or the person shown reported it) is restored only by a supervisor. */
    RESTORE_NEEDS_SUPERVISOR("appeal.refused.needsSupervisor"),
    /** The platform sent no verification records for the people shown. */
    RESTORE_NEEDS_RECORDS("appeal.refused.needsRecords"),
    /** Not every person shown was confirmed adult, consenting freely and still consenting, each on a record. */
    RESTORE_NEEDS_PROOF("appeal.refused.needsProof"),
    /** Restoring protected content needs a written justification. */
    RESTORE_NEEDS_JUSTIFICATION("appeal.refused.needsJustification");

    private final String messageKey;

    AppealRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Throws this refusal. */
    public void raise() {
        throw new AppealRefusedException(this);
    }
}
