package org.recourse.review.web;

import java.io.Serializable;
import org.recourse.cases.Decision;
import org.recourse.cases.ReasonCode;

/** The decision fields of one item on the review page. */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Decision decision;
    private ReasonCode reason;
    private String note;
    private String justification;
    private String classification;
    private boolean imminentDanger;
    private String dangerReason;

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public ReasonCode getReason() {
        return reason;
    }

    public void setReason(ReasonCode reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    /** The industry classification's code (A1, A2, B1, B2), or blank for "not classified". */
    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public boolean isImminentDanger() {
        return imminentDanger;
    }

    public void setImminentDanger(boolean imminentDanger) {
        this.imminentDanger = imminentDanger;
    }

    public String getDangerReason() {
        return dangerReason;
    }

    public void setDangerReason(String dangerReason) {
        this.dangerReason = dangerReason;
    }

    /**
     * What the reviewer said for the hotline report: only with a removal or referral (the fields are on the page
     * whatever decision is chosen, as it works without JavaScript, so with another decision they are not passed on).
     *
     * @throws IllegalArgumentException when imminent danger is marked without a reason, or the reason is too long
     */
    public org.recourse.cases.LegalAssessment assessment() {
        if (decision != Decision.REMOVE && decision != Decision.REFER) {
            return org.recourse.cases.LegalAssessment.NONE;
        }
        return new org.recourse.cases.LegalAssessment(org.recourse.cases.IndustryClassification.fromCode(
                classification).orElse(null), imminentDanger, dangerReason);
    }
}
