package org.recourse.appeals;

import java.util.List;
import java.util.Optional;
import org.recourse.cases.Reviewer;

/**
 * Who may decide an appeal, and when it may restore: the one place these rules live (the survivors' report: remove
 * when in doubt, restore only on proof).
 *
 * <ul>
 * <li>Nobody decides the appeal of their own decision, whatever their role.</li>
 * <li>Upholding: any other reviewer.</li>
 * <li>Restoring content that is not protected: any other reviewer.</li>
 * <li>Restoring protected content (its category assumes a child, or the person shown reported it): only a
 * supervisor, only when the platform named records for the people shown and the supervisor confirms for every one of
 * them, each on a record, adult at recording, consented freely, still consents; and with a written justification.
 * Anything less is "upheld": a survivor's self-report wins unless that proof exists.</li>
 * </ul>
 */
public final class RestorationRule {

    /** The fewest characters of the justification that restoring protected content needs. */
    public static final int MIN_JUSTIFICATION_LENGTH = 20;

    private RestorationRule() {
    }

    /** Whether this reviewer may decide at all: anyone but whoever made the decision appealed. */
    public static Optional<AppealRefusal> mayDecide(Reviewer decider, String originalDecider) {
        return decider.username().equalsIgnoreCase(originalDecider)
                ? Optional.of(AppealRefusal.SAME_REVIEWER) : Optional.empty();
    }

    /**
     * Whether restoring is allowed: empty when it is, else the first rule that says no.
     *
     * @param protectedContent the case assumes a child or was self-reported
     * @param personsOnRecord how many people the platform sent records for
     * @param confirmations the supervisor's confirmations, one per person, in the same order
     */
    public static Optional<AppealRefusal> mayRestore(Reviewer decider, String originalDecider,
            boolean protectedContent, int personsOnRecord, List<ProofConfirmation> confirmations,
            String justification) {
        Optional<AppealRefusal> who = mayDecide(decider, originalDecider);
        if (who.isPresent() || !protectedContent) {
            return who;
        }
        if (!decider.isSupervisor()) {
            return Optional.of(AppealRefusal.RESTORE_NEEDS_SUPERVISOR);
        }
        if (personsOnRecord == 0) {
            return Optional.of(AppealRefusal.RESTORE_NEEDS_RECORDS);
        }
        if (confirmations.size() != personsOnRecord
                || !confirmations.stream().allMatch(c -> c != null && c.isComplete())) {
            return Optional.of(AppealRefusal.RESTORE_NEEDS_PROOF);
        }
        if (justification == null || justification.strip().length() < MIN_JUSTIFICATION_LENGTH) {
            return Optional.of(AppealRefusal.RESTORE_NEEDS_JUSTIFICATION);
        }
        return Optional.empty();
    }
}
