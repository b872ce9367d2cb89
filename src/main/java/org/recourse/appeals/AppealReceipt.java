package org.recourse.appeals;

import java.time.Instant;

/** An appeal as the platform's API reads it, built inside the transaction (nothing lazy left to load). */
public record AppealReceipt(String reference, long decisionId, String contentId, AppealStatus status,
        Instant submittedAt, Instant dueAt, int personsOnRecord, Instant decidedAt) {

    static AppealReceipt of(Appeal appeal) {
        var content = appeal.decision().item().content();
        return new AppealReceipt(appeal.reference(), appeal.decision().id(),
                content == null ? null : content.platformContentId(), appeal.status(), appeal.submittedAt(),
                appeal.dueAt(), appeal.persons().size(), appeal.decidedAt());
    }
}
