package org.recourse.lookup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;
import org.recourse.intake.Reference;
import org.recourse.screening.banks.SurvivorProtection;

/**
 * Where one report stands, as its reporter may learn it: dates and outcomes only. It is built from the report's own
 * items, so it never says anything about other reporters of the same content, and it holds no content, address or
 * text the reporter wrote.
 *
 * @param itemsHidden hosted items the report named, all hidden when it was received
 * @param itemsExternal addresses outside the platform the report named, kept for referral
 * @param reviewStartedAt when a reviewer first took the case, if one has
 * @param withSupervisor whether a senior reviewer has the case now
 * @param outcomes what was decided, per kind of outcome, in the order decided; empty before any decision
 * @param decidedAt when the last of the report's items was decided, once all are
 * @param hash for a survivor's hash submission, what it does now; null for a report
 * @param copiesHidden copies already up that the sweep found and hid for this report or submission (a count only:
 *        never where or which)
 */
public record ReportStatus(Reference reference, Stage stage, Category category, boolean selfReport,
        Instant receivedAt, int itemsHidden, int itemsExternal, Instant reviewStartedAt, boolean withSupervisor,
        Instant reviewDueBy, List<Outcome> outcomes, Instant decidedAt, HashProtection hash, long copiesHidden,
        Instant legalDueBy) {

    /** A status without a legal deadline. */
    public ReportStatus(Reference reference, Stage stage, Category category, boolean selfReport, Instant receivedAt,
            int itemsHidden, int itemsExternal, Instant reviewStartedAt, boolean withSupervisor, Instant reviewDueBy,
            List<Outcome> outcomes, Instant decidedAt, HashProtection hash, long copiesHidden) {
        this(reference, stage, category, selfReport, receivedAt, itemsHidden, itemsExternal, reviewStartedAt,
                withSupervisor, reviewDueBy, outcomes, decidedAt, hash, copiesHidden, null);
    }

    /**
     * What a survivor's hash submission does now, and since when ({@code settledAt}: confirmed, or no longer used;
     * null while it holds or waits for a check).
     */
    public record HashProtection(SurvivorProtection protection, Instant settledAt) {

        public HashProtection {
            Objects.requireNonNull(protection, "A protection is required.");
        }
    }

    /** A report's status (not a hash submission). */
    public ReportStatus(Reference reference, Stage stage, Category category, boolean selfReport, Instant receivedAt,
            int itemsHidden, int itemsExternal, Instant reviewStartedAt, boolean withSupervisor, Instant reviewDueBy,
            List<Outcome> outcomes, Instant decidedAt) {
        this(reference, stage, category, selfReport, receivedAt, itemsHidden, itemsExternal, reviewStartedAt,
                withSupervisor, reviewDueBy, outcomes, decidedAt, null, 0);
    }

    /** The same status, saying that the sweep hid this many copies already up. */
    public ReportStatus withCopiesHidden(long count) {
        return new ReportStatus(reference, stage, category, selfReport, receivedAt, itemsHidden, itemsExternal,
                reviewStartedAt, withSupervisor, reviewDueBy, outcomes, decidedAt, hash, count, legalDueBy);
    }

    /**
     * The same status, with the 48-hour legal deadline of the removal request this report made (TAKE IT DOWN Act);
     * a report that made none is told nothing about another reporter's request on the same case.
     */
    public ReportStatus withLegalDeadline(Instant dueBy) {
        return new ReportStatus(reference, stage, category, selfReport, receivedAt, itemsHidden, itemsExternal,
                reviewStartedAt, withSupervisor, reviewDueBy, outcomes, decidedAt, hash, copiesHidden, dueBy);
    }

    /** The legal deadline of this report's removal request, if it made one. */
    public java.util.Optional<Instant> legalDeadline() {
        return java.util.Optional.ofNullable(legalDueBy);
    }

    /**
     * A survivor's own hash submission: received while its hashes hold matching uploads for review or wait for a
     * check, decided once a reviewer confirmed it (it blocks) or staff stopped using it. Nothing of it is hidden
     * content, and it never says where copies are.
     */
    public static ReportStatus ofHashSubmission(Reference reference, Instant receivedAt, SurvivorProtection protection,
            Instant settledAt) {
        boolean settled = protection == SurvivorProtection.BLOCKING || protection == SurvivorProtection.NOT_IN_USE;
        return new ReportStatus(reference, settled ? Stage.DECIDED : Stage.RECEIVED, Category.SURVIVOR_ADULT_IMAGE,
                true, receivedAt, 0, 0, null, false, receivedAt, List.of(), settled ? settledAt : null,
                new HashProtection(protection, settledAt), 0);
    }

    /** Whether this is a survivor's hash submission rather than a report. */
    public boolean hashSubmission() {
        return hash != null;
    }

    /** The three steps a reporter sees. */
    public enum Stage {
        RECEIVED, IN_REVIEW, DECIDED;

        /** The code used by the API. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What became of some of the report's items. */
    public enum Result {
        /** Taken down for good. */
        REMOVED,
        /** No breach of the rules found: shown again. */
        RESTORED,
        /** Passed to a hotline or the police (and taken down, if hosted). */
        REFERRED;

        static Result of(ItemStatus status) {
            return switch (status) {
                case REMOVED -> REMOVED;
                case RESTORED -> RESTORED;
                case REFERRED -> REFERRED;
                case PENDING_REVIEW, ESCALATED -> null;
            };
        }
    }

    /**
     * One kind of outcome on the report's items.
     *
     * @param hosted items on the platform with this outcome
     * @param external addresses elsewhere with this outcome
     * @param at when the last of them was decided
     */
    public record Outcome(Result result, int hosted, int external, Instant at) {
    }

    /** One item the report named, with its decision time if decided. */
    public record Item(CaseItem.Kind kind, ItemStatus status, Instant decidedAt) {
    }

    public ReportStatus {
        Objects.requireNonNull(reference, "A reference is required.");
        Objects.requireNonNull(stage, "A stage is required.");
        outcomes = List.copyOf(outcomes);
    }

    /** The status of a report on this case, from the report's own items. */
    public static ReportStatus of(Reference reference, Category category, boolean selfReport, Instant receivedAt,
            Case caseFile, Collection<Item> items) {
        int hosted = (int) items.stream().filter(i -> i.kind() == CaseItem.Kind.HOSTED).count();
        boolean allDecided = !items.isEmpty() && items.stream().allMatch(i -> i.status().isDecided());
        boolean anyMoved = items.stream().anyMatch(i -> i.status() != ItemStatus.PENDING_REVIEW);
        Stage stage = allDecided ? Stage.DECIDED
                : anyMoved || caseFile.reviewStartedAt() != null || caseFile.status() != CaseStatus.OPEN
                        ? Stage.IN_REVIEW : Stage.RECEIVED;
        boolean withSupervisor = !allDecided && (caseFile.status() == CaseStatus.ESCALATED
                || items.stream().anyMatch(i -> i.status() == ItemStatus.ESCALATED));
        Instant decidedAt = allDecided ? items.stream().map(Item::decidedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(caseFile.closedAt()) : null;
        return new ReportStatus(reference, stage, category, selfReport, receivedAt, hosted, items.size() - hosted,
                caseFile.reviewStartedAt(), withSupervisor, caseFile.reviewDueAt(), outcomes(items), decidedAt);
    }

    private static List<Outcome> outcomes(Collection<Item> items) {
        Map<Result, int[]> counts = new EnumMap<>(Result.class);
        Map<Result, Instant> latest = new EnumMap<>(Result.class);
        for (Item item : items) {
            Result result = Result.of(item.status());
            if (result == null) {
                continue;
            }
            counts.computeIfAbsent(result, r -> new int[2])[item.kind() == CaseItem.Kind.HOSTED ? 0 : 1]++;
            if (item.decidedAt() != null) {
                latest.merge(result, item.decidedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        counts.forEach((result, n) -> outcomes.add(new Outcome(result, n[0], n[1], latest.get(result))));
        outcomes.sort(java.util.Comparator.comparing(Outcome::at, java.util.Comparator.nullsLast(Instant::compareTo)));
        return outcomes;
    }

    public boolean contentHidden() {
        return itemsHidden > 0;
    }

    /** Whether the review is late: not decided, and past the time it was due. */
    public boolean isLate(Instant now) {
        return stage != Stage.DECIDED && !now.isBefore(reviewDueBy);
    }

    public boolean has(Result result) {
        return outcomes.stream().anyMatch(o -> o.result() == result);
    }
}
