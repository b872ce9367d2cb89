package org.recourse.hotline.outside;

import java.time.Instant;
import java.util.List;
import org.recourse.cases.Category;

/** Test data: outside addresses as the repository reads them. */
final class OutsideAddresses {

    static final Instant DAY_1 = Instant.parse("2026-11-01T10:00:00Z");

    private OutsideAddresses() {
    }

    static OutsideAddress anAddress(long item, long caseId, String url, int firstDay, int lastDay) {
        return new OutsideAddress(item, caseId, url, Category.CHILD_SEXUAL_IMAGERY,
                DAY_1.plusSeconds(86_400L * (firstDay - 1)), DAY_1.plusSeconds(86_400L * (lastDay - 1)), List.of());
    }

    static OutsideAddress referred(OutsideAddress address) {
        OutsideReferral referral = new OutsideReferral(address.caseItemId(), address.caseId(),
                new Referral(Recipient.IWF, null, DAY_1, "IWF-1"), "sam", DAY_1);
        return new OutsideAddress(address.caseItemId(), address.caseId(), address.url(), address.category(),
                address.firstReported(), address.lastReported(), List.of(referral));
    }
}
