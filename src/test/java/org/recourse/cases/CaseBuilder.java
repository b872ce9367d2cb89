package org.recourse.cases;

import java.time.Instant;
import java.util.List;

/**
 * Builds cases for tests: {@code aCase().category(SURVIVOR_HARASSMENT).selfReported().openedAt(t).build()}. The
 * defaults describe an ordinary open case; a test names only what it is about.
 */
public final class CaseBuilder {

    public static final Instant DEFAULT_OPENED_AT = Instant.parse("2025-03-01T10:00:00Z");

    private Category category = Category.OTHER_HARMFUL;
    private boolean selfReported;
    private Instant openedAt = DEFAULT_OPENED_AT;
    private SlaPolicy policy = SlaPolicy.DEFAULT;
    private CaseStatus status = CaseStatus.OPEN;

    private CaseBuilder() {
    }

    public static CaseBuilder aCase() {
        return new CaseBuilder();
    }

    public CaseBuilder category(Category category) {
        this.category = category;
        return this;
    }

    public CaseBuilder selfReported() {
        this.selfReported = true;
        return this;
    }

    public CaseBuilder openedAt(Instant openedAt) {
        this.openedAt = openedAt;
        return this;
    }

    public CaseBuilder policy(SlaPolicy policy) {
        this.policy = policy;
        return this;
    }

    /** The status the case should be in; reached through legal moves by a "builder" at the opening time. */
    public CaseBuilder inStatus(CaseStatus status) {
        this.status = status;
        return this;
    }

    public Case build() {
        Case built = Case.open(category, selfReported, openedAt, policy);
        for (CaseStatus step : pathTo(status)) {
            built.moveTo(step, "builder", openedAt);
        }
        return built;
    }

    private static List<CaseStatus> pathTo(CaseStatus status) {
        return switch (status) {
            case OPEN -> List.of();
            case IN_REVIEW -> List.of(CaseStatus.IN_REVIEW);
            case ESCALATED -> List.of(CaseStatus.ESCALATED);
            case CLOSED -> List.of(CaseStatus.IN_REVIEW, CaseStatus.CLOSED);
        };
    }
}
