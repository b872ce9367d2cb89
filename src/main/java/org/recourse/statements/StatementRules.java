package org.recourse.statements;

import java.util.Optional;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;
import org.recourse.cases.ReasonCode;
import org.recourse.intake.SystemNote;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.staydown.UploadScreening;

/**
 * Which restriction gives which statement, as a table the domain tests walk: what a decision restricts, how a
 * screened upload's verdict reads, which reports leave their statement to screening's own event, and when a new
 * version is needed at all.
 */
public final class StatementRules {

    /** The system reports whose statement screening's own event issues, with the match it relied on. */
    private static final String[] SCREENING_NOTES = {"report.system.staydown.", "report.system.sweep."};

    private StatementRules() {
    }

    /** What a decided item's status restricts: removed (also when referred), restored; nothing while escalated. */
    public static Optional<Restriction> forDecision(ItemStatus status) {
        return switch (status) {
            case REMOVED, REFERRED -> Optional.of(Restriction.REMOVED);
            case RESTORED -> Optional.of(Restriction.RESTORED);
            case PENDING_REVIEW, ESCALATED -> Optional.empty();
        };
    }

    /** A screened upload: blocked or held (an upload allowed restricts nothing and is never reported). */
    public static Restriction forUpload(UploadScreening.Outcome outcome) {
        return switch (outcome) {
            case BLOCK -> Restriction.UPLOAD_BLOCKED;
            case HOLD -> Restriction.UPLOAD_HELD;
            case ALLOW -> throw new IllegalArgumentException("An allowed upload restricts nothing.");
        };
    }

    /**
     * The facts of a screened upload: the bank's kind it matched, else a screening rule (the uploader's ban, or the
     * upload policy's rule), else content pending review.
     */
    public static Facts uploadFacts(Category category, BankPurpose bankKind, boolean byRule) {
        if (bankKind != null) {
            return Facts.hashMatch(category, bankKind);
        }
        return byRule ? new Facts(category, Detection.SCREENING_RULE, null, null)
                : Facts.hashMatch(category, null);
    }

    /**
     * The facts of a text the phrase lists blocked: harassment of a survivor (the lists hold threats, doxxing and
     * sexual harassment aimed at survivors), found by a phrase match.
     */
    public static Facts textFacts() {
        return new Facts(Category.SURVIVOR_HARASSMENT, Detection.PHRASE_MATCH, null, null);
    }

    /**
     * The facts of a ban by a supervisor's hand with no case: found by the platform's own staff. The supervisor's
     * written reason is free text that could name anyone, so it stays in the audit log; the category is "other
     * harmful", the one the platform's policy clause for its own decisions rests on.
     */
    public static Facts staffFacts() {
        return new Facts(Category.OTHER_HARMFUL, Detection.STAFF_DECISION, null, null);
    }

    /**
     * The facts of a report the portal filed for a classifier's signal (issue 17 §1): detected by a classifier, so
     * the statement says automated detection, not a notice; empty for any other report.
     */
    public static java.util.Optional<Facts> classifierFacts(Category category, SystemNote note) {
        return note != null && note.key().startsWith("report.system.signal")
                ? java.util.Optional.of(new Facts(category, Detection.CLASSIFIER, null, null))
                : java.util.Optional.empty();
    }

    /** Whether a filed report's statement is left to screening, whose event says which match hid the content. */
    public static boolean issuedByScreening(SystemNote note) {
        if (note == null) {
            return false;
        }
        for (String prefix : SCREENING_NOTES) {
            if (note.key().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a restriction needs a new statement, given the one in force: always when there is none or it says
     * something else; for a decision taken again, only when the reason changed; never again for content already
     * hidden pending review (a second report on it changes nothing for the uploader).
     */
    public static boolean changes(Optional<StatementOfReasons> current, Restriction next, ReasonCode reason) {
        if (current.isEmpty()) {
            return true;
        }
        StatementOfReasons now = current.get();
        if (next == Restriction.HIDDEN_PENDING_REVIEW && now.restriction().pendingReview()) {
            return false;
        }
        return now.restriction() != next || now.facts().decisionReason() != reason;
    }
}
