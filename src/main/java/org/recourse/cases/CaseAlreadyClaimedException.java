package org.recourse.cases;

/** Another reviewer holds the case. */
public class CaseAlreadyClaimedException extends IllegalStateException {

    private final String holder;

    public CaseAlreadyClaimedException(Long caseId, String holder) {
        super("Case " + caseId + " is being reviewed by " + holder + ".");
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }
}
