package org.recourse.evidence.retention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recourse.cases.CaseNumbers;
import org.recourse.evidence.retention.LegalHold;

/** One hold as a page shows it: what, for whom, by whom, until when; overdue when its review date has passed. */
public record HoldLine(long id, long recordId, String caseNumber, String requester, String requesterReference,
        String reason, String placedBy, String placedAt, LocalDate reviewOn, boolean overdue, boolean active,
        String releasedBy, String releasedAt, String releaseReason) {

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    static HoldLine of(LegalHold hold, Long caseId, Instant now) {
        return new HoldLine(hold.id(), hold.recordId(), caseId == null ? "" : CaseNumbers.format(caseId),
                hold.requester(), hold.requesterReference() == null ? "" : hold.requesterReference(), hold.reason(),
                hold.placedBy(), UTC_TIME.format(hold.placedAt()), hold.reviewOn(), hold.overdue(now),
                hold.isActive(), hold.releasedBy(), hold.releasedAt() == null ? "" : UTC_TIME.format(hold.releasedAt()),
                hold.releaseReason());
    }
}
