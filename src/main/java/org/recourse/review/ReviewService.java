package org.recourse.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.Decision;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ReasonCode;
import org.recourse.content.ContentItem;
import org.recourse.intake.Report;
import org.recourse.triage.CaseNumbers;

/**
 * Reviewing a case: reading it, looking at one item on purpose, and deciding each item.
 *
 * <p>"When in doubt, a child": an item reported as a sexual image of a child, or by a survivor as themselves, is only
 * restored by a supervisor who records why every person shown is an adult who freely consented.
 */
@ApplicationScoped
public class ReviewService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ItemDecided> decided;

    @Inject
    jakarta.enterprise.event.Event<org.recourse.content.VisibilityChanged> visibilityChanged;

    @Transactional
    public Optional<CaseView> view(long caseId, Reviewer viewer) {
        Case found = em.find(Case.class, caseId);
        if (found == null) {
            return Optional.empty();
        }
        List<Report> reports = em.createQuery("select r from Report r where r.caseFile = :c order by r.receivedAt",
                Report.class).setParameter("c", found).getResultList();
        List<CaseView.ReportLine> reportLines = reports.stream().map(r -> new CaseView.ReportLine(r.category(),
                r.selfReport(), r.details(), r.receivedAt(), viewer.isSupervisor() ? r.contactEmail() : null)).toList();
        List<CaseView.ItemLine> items = found.items().stream().map(this::line).toList();
        return Optional.of(new CaseView(found.id(), CaseNumbers.format(found.id()), found.category(),
                found.selfReported(), found.reportCount(), found.status(), found.assignee(), found.openedAt(),
                found.reviewDueAt(), reportLines, items));
    }

    private CaseView.ItemLine line(CaseItem item) {
        ContentItem content = item.content();
        List<CaseView.DecisionLine> decisions = em.createQuery(
                        "select d from ItemDecision d where d.item = :i order by d.decidedAt", ItemDecision.class)
                .setParameter("i", item).getResultList().stream()
                .map(d -> new CaseView.DecisionLine(d.decision().name(), d.reason().name(), d.note(),
                        d.justification(), d.decidedBy(), d.decidedAt()))
                .toList();
        return new CaseView.ItemLine(item.id(), item.location(), content != null, item.status(),
                content == null ? null : content.platformContentId(), content == null ? null : content.uploaderId(),
                content == null ? null : content.sha256(), content == null ? null : content.mediaType(),
                content == null ? null : content.firstSeen(), decisions, item.matchSource(), item.matchDistance(),
                item.matchCase());
    }

    /** A reviewer chooses to see one image unblurred: recorded, because every exposure counts. */
    @Transactional
    public void reveal(long caseId, long itemId, Reviewer viewer) {
        CaseItem item = itemOf(caseId, itemId);
        item.caseFile().recordActivity(clock.instant());
        audit.record(viewer.username(), "item.viewed", CaseNumbers.format(caseId) + "/item-" + itemId, null);
    }

    /** The bytes of a hosted item on a case, for the staff preview; empty for items that are not on a case. */
    @Transactional
    public Optional<org.recourse.content.ContentService.Media> media(long itemId) {
        CaseItem item = em.find(CaseItem.class, itemId);
        if (item == null || item.content() == null) {
            return Optional.empty();
        }
        ContentItem content = item.content();
        org.recourse.content.ContentMedia media = em.find(org.recourse.content.ContentMedia.class, content.id());
        return Optional.of(new org.recourse.content.ContentService.Media(content.mediaType(), content.visibility(),
                media == null ? null : media.bytes()));
    }

    @Transactional
    public void decide(long caseId, long itemId, Decision decision, ReasonCode reason, String note,
            String justification, Reviewer reviewer) {
        Instant now = clock.instant();
        CaseItem item = itemOf(caseId, itemId);
        // Content before case, the order intake locks them in, so a decision and a new report never deadlock.
        if (item.content() != null) {
            em.refresh(item.content(), LockModeType.PESSIMISTIC_WRITE);
        }
        Case caseFile = em.find(Case.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(caseFile, LockModeType.PESSIMISTIC_WRITE);
        requireAllowed(caseFile, decision, justification, reviewer);
        ItemDecision record = item.decide(decision, reason, blankToNull(note), blankToNull(justification),
                reviewer.username(), now);
        em.persist(record);
        applyToContent(item, decision, now);
        audit.record(reviewer.username(), "item.decided", CaseNumbers.format(caseId) + "/item-" + itemId,
                decision + " " + reason + (caseFile.isOpen() ? "" : "; case closed"));
        decided.fire(new ItemDecided(caseId, itemId));
    }

    private static void requireAllowed(Case caseFile, Decision decision, String justification, Reviewer reviewer) {
        if (caseFile == null || !caseFile.isOpen()) {
            throw new DecisionRefusedException("review.error.closed");
        }
        boolean holder = reviewer.username().equals(caseFile.assignee());
        if (!holder && !reviewer.isSupervisor()) {
            throw new DecisionRefusedException("review.error.notHolder");
        }
        if (decision == Decision.RESTORE && (caseFile.category().assumesChild() || caseFile.selfReported())) {
            if (!reviewer.isSupervisor()) {
                throw new DecisionRefusedException("review.error.restoreNeedsSupervisor");
            }
            if (justification == null || justification.strip().length() < 20) {
                throw new DecisionRefusedException("review.error.restoreNeedsJustification");
            }
        }
    }

    private void applyToContent(CaseItem item, Decision decision, Instant now) {
        ContentItem content = item.content();
        if (content == null) {
            return;
        }
        long before = content.visibilitySequence();
        switch (decision) {
            case REMOVE, REFER -> content.remove(now);
            case RESTORE -> content.restore(now);
            case ESCALATE -> { /* stays hidden while a supervisor looks */ }
        }
        if (content.visibilitySequence() != before) {
            visibilityChanged.fire(content.lastChange());
        }
    }

    private CaseItem itemOf(long caseId, long itemId) {
        CaseItem item = em.find(CaseItem.class, itemId);
        if (item == null || !item.caseFile().id().equals(caseId)) {
            throw new IllegalArgumentException("Item " + itemId + " is not on case " + caseId);
        }
        return item;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
