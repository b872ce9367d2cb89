package org.recourse.cases;

/** A reviewer tried something on a case that its rules do not allow them; {@link #reason()} says which rule. */
public class CaseActionRefusedException extends IllegalStateException {

    /** Why the case refused. */
    public enum Reason {
        /** The case is closed: nothing more happens on it. */
        CLOSED,
        /** The case is escalated: only a supervisor claims, holds or decides it. */
        SUPERVISORS_ONLY,
        /** Someone else holds the case. */
        HELD_BY_OTHER,
        /** Only the reviewer who holds the case (or a supervisor) may do this. */
        NOT_HOLDER
    }

    private final CaseAction action;
    private final Reason reason;

    public CaseActionRefusedException(Long caseId, CaseAction action, Reason reason, String message) {
        super("Case " + caseId + ", " + action + " refused: " + message);
        this.action = action;
        this.reason = reason;
    }

    public CaseAction action() {
        return action;
    }

    public Reason reason() {
        return reason;
    }
}
