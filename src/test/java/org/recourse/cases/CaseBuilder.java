package org.recourse.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.recourse.content.ContentItem;
import org.recourse.staff.Role;

/**
 * Builds cases for tests: {@code aCase().category(SURVIVOR_HARASSMENT).selfReported().openedAt(t).build()}. The
 * defaults describe an ordinary open case without items; a test names only what it is about, e.g.
 * {@code aCase().withExternalItems(2).claimedBy("mona").build()}.
 */
public final class CaseBuilder {

    public static final Instant DEFAULT_OPENED_AT = Instant.parse("2025-03-01T10:00:00Z");

    private Category category = Category.OTHER_HARMFUL;
    private boolean selfReported;
    private Instant openedAt = DEFAULT_OPENED_AT;
    private SlaPolicy policy = SlaPolicy.DEFAULT;
    private CaseStatus status = CaseStatus.OPEN;
    private final List<Consumer<Case>> items = new ArrayList<>();
    private String reviewer;
    private Role reviewerRole;

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

    /** Adds items found elsewhere, {@code https://elsewhere.example/item-1} and so on, at the opening time. */
    public CaseBuilder withExternalItems(int count) {
        for (int i = 1; i <= count; i++) {
            String url = "https://elsewhere.example/item-" + (items.size() + 1);
            items.add(built -> built.addExternalItem(url, openedAt));
        }
        return this;
    }

    /** Adds an item the platform hosts, at the opening time. */
    public CaseBuilder withHostedItem(ContentItem content) {
        items.add(built -> built.addHostedItem(content, openedAt));
        return this;
    }

    /**
     * Has the reviewer, a moderator, claim the case at the opening time, once it is in its {@linkplain #inStatus
     * status}: an open case thereby moves to review.
     */
    public CaseBuilder claimedBy(String reviewer) {
        return claimedBy(reviewer, Role.MODERATOR);
    }

    /** As {@link #claimedBy(String)}, by a reviewer of this role: a supervisor may claim an escalated case. */
    public CaseBuilder claimedBy(String reviewer, Role role) {
        this.reviewer = reviewer;
        this.reviewerRole = role;
        return this;
    }

    public Case build() {
        Case built = Case.open(category, selfReported, openedAt, policy);
        items.forEach(add -> add.accept(built));
        for (CaseStatus step : pathTo(status)) {
            built.moveTo(step, "builder", openedAt);
        }
        if (reviewer != null) {
            built.claim(new Reviewer(reviewer, reviewerRole), openedAt);
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
