package org.recourse.cases;

/** Another reviewer holds the case. */
public class CaseAlreadyClaimedException extends CaseActionRefusedException {

    private final String holder;

    public CaseAlreadyClaimedException(Long caseId, String holder) {
        super(caseId, CaseAction.CLAIM, Reason.HELD_BY_OTHER, "the case is being reviewed by " + holder + ".");
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }

    /** The holder, whom the message names. */
    @Override
    public Object[] messageArguments() {
        return new Object[] {holder};
    }
}
