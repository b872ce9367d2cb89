package org.recourse.statements;

import java.util.Objects;
import org.recourse.cases.Category;
import org.recourse.cases.ReasonCode;
import org.recourse.screening.banks.BankPurpose;

/**
 * The facts a statement relies on: the category, how the content was found (and, for a hash match, the kind of bank,
 * never a bank's or partner's name), and the reviewer's reason code when a person decided. Never who reported.
 *
 * @param bankKind the kind of bank matched, only for {@link Detection#HASH_MATCH}
 * @param decisionReason the reviewer's reason, only when a person decided
 */
public record Facts(Category category, Detection detection, BankPurpose bankKind, ReasonCode decisionReason) {

    public Facts {
        Objects.requireNonNull(category, "A category is required.");
        Objects.requireNonNull(detection, "How it was detected is required.");
        if (bankKind != null && detection != Detection.HASH_MATCH) {
            throw new IllegalArgumentException("A bank's kind is a fact of a hash match only.");
        }
    }

    /** Found by a report: by the person shown, or by someone else. */
    public static Facts reported(Category category, boolean selfReport) {
        return new Facts(category, selfReport ? Detection.SURVIVOR_SELF_REPORT : Detection.REPORT, null, null);
    }

    /** Found by a hash match with a bank of this kind. */
    public static Facts hashMatch(Category category, BankPurpose bankKind) {
        return new Facts(category, Detection.HASH_MATCH, bankKind, null);
    }

    /** The same facts, as a reviewer decided them: the category the case holds, and the reviewer's reason. */
    public Facts decided(Category decidedCategory, ReasonCode reason) {
        return new Facts(decidedCategory, detection, bankKind, reason);
    }
}
