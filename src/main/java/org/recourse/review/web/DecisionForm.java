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
}
