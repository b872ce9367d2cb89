package org.recourse.intake;

import java.time.Instant;
import org.recourse.cases.Category;

/**
 * What the reporter is told once the report is stored: the reference, what is hidden, and when the review is due.
 *
 * @param itemsHidden hosted items that nobody can see any more (hidden now, or already hidden or removed)
 * @param itemsExternal addresses outside the platform, kept for referral
 * @param joinedExistingCase whether someone had already reported this content and the report joined their case
 * @param contactKept whether an address was kept, with consent, to write to the reporter
 */
public record Receipt(Reference reference, Category category, boolean selfReport, int itemsHidden,
        int itemsExternal, Instant receivedAt, Instant reviewDueBy, boolean joinedExistingCase, boolean contactKept) {

    /** What can be said again of a stored report, e.g. for the saved receipt file. */
    public static Receipt of(Report report) {
        int hosted = (int) report.items().stream().filter(i -> i.kind() == org.recourse.cases.CaseItem.Kind.HOSTED).count();
        return new Receipt(report.reference(), report.category(), report.selfReport(), hosted,
                report.items().size() - hosted, report.receivedAt(), report.caseFile().reviewDueAt(), false,
                report.contactEmail() != null);
    }
}
