package org.recourse.cases;

/**
 * A reviewer tried something on a case that its rules do not allow them; {@link #reason()} says which rule, and
 * {@link #messageKey()} the words the review page shows for it.
 */
public class CaseActionRefusedException extends IllegalStateException {

    /** Why the case refused, with the rule in a few words (for logs; the page shows {@link #messageKey()}). */
    public enum Reason {
        /** The case is closed: nothing more happens on it. */
        CLOSED("the case is closed."),
        /** The case is escalated: only a supervisor claims, holds or decides it. */
        SUPERVISORS_ONLY("an escalated case is for supervisors only."),
        /** Someone else holds the case. */
        HELD_BY_OTHER("someone else holds the case."),
        /** Only the reviewer who holds the case (or a supervisor) may do this. */
        NOT_HOLDER("only the reviewer who holds the case, or a supervisor, may."),
        /** Restoring content that may show a child, or that its subject reported, is a supervisor's decision. */
        RESTORE_NEEDS_SUPERVISOR("only a supervisor restores content that may show a child or was self-reported."),
        /** Such a restore needs a justification of at least {@link Case#MIN_JUSTIFICATION_LENGTH} characters. */
        RESTORE_NEEDS_JUSTIFICATION("restoring this content needs a written justification.");

        private final String rule;

        Reason(String rule) {
            this.rule = rule;
        }
    }

    private final CaseAction action;
    private final Reason reason;

    public CaseActionRefusedException(Long caseId, CaseAction action, Reason reason) {
        this(caseId, action, reason, reason.rule);
    }

    protected CaseActionRefusedException(Long caseId, CaseAction action, Reason reason, String message) {
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

    /** The key, in the resource bundle, of the words that tell the reviewer why. */
    public String messageKey() {
        return switch (reason) {
            case CLOSED -> "review.error.closed";
            case SUPERVISORS_ONLY -> "review.error.supervisorsOnly";
            case HELD_BY_OTHER -> "review.error.claimed";
            case NOT_HOLDER -> action == CaseAction.VIEW_IN_FULL ? "review.viewNeedsClaim" : "review.error.notHolder";
            case RESTORE_NEEDS_SUPERVISOR -> "review.error.restoreNeedsSupervisor";
            case RESTORE_NEEDS_JUSTIFICATION -> "review.error.restoreNeedsJustification";
        };
    }

    /** The values {@link #messageKey()}'s text takes, in order; none unless a subclass names some. */
    public Object[] messageArguments() {
        return new Object[0];
    }
}
