package org.recourse.cases;

import java.io.Serializable;
import java.util.Objects;
import org.recourse.cases.CaseActionRefusedException.Reason;

/**
 * Who may claim, decide or look in full at a case, from the two facts it depends on: the case's status and who holds
 * it. The one rule behind {@link Case#permits} and {@link Case#require}, also asked by read models that carry those
 * facts without the aggregate (the review page's view of a case), so a page never writes the rule again.
 *
 * <p>Nothing happens on a closed case. An escalated case is the supervisors' alone: a moderator may read it, never
 * claim, hold or decide it, nor see its pictures in full. Otherwise a claim is refused only while someone else holds
 * the case, and deciding or looking at the full picture needs the claim, or a supervisor's role. Giving a case back
 * is its holder's or a supervisor's to do.
 */
public record CaseAccess(Long caseId, CaseStatus status, String assignee) implements Serializable {

    public CaseAccess {
        Objects.requireNonNull(status, "A status is required.");
    }

    /** Whether this reviewer may take this action on the case now. */
    public boolean permits(CaseAction action, Reviewer reviewer) {
        return refusal(action, reviewer) == null;
    }

    /** Refuses, with the rule that says no, an action {@link #permits} does not allow. */
    public void require(CaseAction action, Reviewer reviewer) {
        Reason refused = refusal(action, reviewer);
        if (refused == null) {
            return;
        }
        throw refused == Reason.HELD_BY_OTHER ? new CaseAlreadyClaimedException(caseId, assignee)
                : new CaseActionRefusedException(caseId, action, refused);
    }

    /** Whether this reviewer holds the case. */
    public boolean isHeldBy(Reviewer reviewer) {
        return reviewer.username().equals(assignee);
    }

    /** Whether this reviewer may only read the case: it is escalated, and they are not a supervisor. */
    public boolean isReadOnlyFor(Reviewer reviewer) {
        return status.supervisorsOnly() && !reviewer.isSupervisor();
    }

    /** The rule that refuses the action, or null if none does. */
    private Reason refusal(CaseAction action, Reviewer reviewer) {
        Objects.requireNonNull(action, "An action is required.");
        Objects.requireNonNull(reviewer, "A reviewer is required.");
        if (action == CaseAction.RELEASE) {
            // Whoever holds a case may always give it back, even a moderator who took it before it was escalated.
            return assignee == null || isHeldBy(reviewer) || reviewer.isSupervisor() ? null : Reason.NOT_HOLDER;
        }
        if (!status.isOpen()) {
            return Reason.CLOSED;
        }
        if (isReadOnlyFor(reviewer)) {
            return Reason.SUPERVISORS_ONLY;
        }
        if (action == CaseAction.CLAIM) {
            return assignee == null || isHeldBy(reviewer) ? null : Reason.HELD_BY_OTHER;
        }
        return isHeldBy(reviewer) || reviewer.isSupervisor() ? null : Reason.NOT_HOLDER;
    }
}
