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
import org.recourse.cases.CaseAction;
import org.recourse.cases.CaseItem;
import org.recourse.cases.Decision;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentMedia;
import org.recourse.intake.Report;
import org.recourse.cases.CaseNumbers;

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
        CaseView.Permissions permissions = new CaseView.Permissions(
                found.permits(CaseAction.CLAIM, viewer.username(), viewer.role()),
                found.permits(CaseAction.DECIDE, viewer.username(), viewer.role()),
                found.permits(CaseAction.VIEW_IN_FULL, viewer.username(), viewer.role()));
        return Optional.of(new CaseView(found.id(), CaseNumbers.format(found.id()), found.category(),
                found.selfReported(), found.reportCount(), found.status(), found.assignee(), found.openedAt(),
                found.reviewDueAt(), reportLines, items, permissions));
    }

    private CaseView.ItemLine line(CaseItem item) {
        ContentItem content = item.content();
        List<CaseView.DecisionLine> decisions = em.createQuery(
                        "select d from ItemDecision d where d.item = :i order by d.decidedAt", ItemDecision.class)
                .setParameter("i", item).getResultList().stream()
                .map(d -> new CaseView.DecisionLine(d.decision().name(), d.reason().name(), d.note(),
                        d.justification(), d.decidedBy(), d.decidedAt()))
                .toList();
        byte[] head = content == null ? null : headOf(content);
        return new CaseView.ItemLine(item.id(), item.location(), content != null, item.status(),
                content == null ? null : content.platformContentId(), content == null ? null : content.uploaderId(),
                content == null ? null : content.sha256(), content == null ? null : content.mediaType(),
                content == null ? null : content.firstSeen(), decisions, item.matchSource(), item.matchDistance(),
                item.matchCase(), head != null, RasterFormat.of(head).orElse(null));
    }

    /** The first bytes of an item's stored file, enough to tell its format, or null if no file is stored. */
    private byte[] headOf(ContentItem content) {
        List<?> rows = em.createNativeQuery("select substring(bytes from 1 for " + RasterFormat.HEAD + ") "
                + "from content_media where content_id = ?1").setParameter(1, content.id()).getResultList();
        return rows.isEmpty() ? null : (byte[]) rows.get(0);
    }

    /**
     * A reviewer chooses to see one item in full: allowed only to whom the case lets look ({@link
     * CaseAction#VIEW_IN_FULL}), and recorded, because every exposure counts.
     */
    @Transactional
    public void reveal(long caseId, long itemId, Reviewer viewer) {
        CaseItem item = itemOf(caseId, itemId);
        item.caseFile().require(CaseAction.VIEW_IN_FULL, viewer.username(), viewer.role());
        item.caseFile().recordActivity(clock.instant());
        audit.record(viewer.username(), "item.viewed", subjectOf(item), null);
    }

    /** The stored file of an item on a case, for its blurred rendering; empty when nothing is stored. */
    @Transactional
    public Optional<byte[]> storedFile(long itemId) {
        CaseItem item = em.find(CaseItem.class, itemId);
        if (item == null || item.content() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ContentMedia.class, item.content().id())).map(ContentMedia::bytes);
    }

    /** An item's own bytes, and the picture format they show (null for any other file). */
    public record FullSize(byte[] bytes, RasterFormat raster) {
    }

    /**
     * The full-size file of an item, for a reviewer the case lets look in full; each answer is audited with what was
     * served. The caller checks that this reviewer revealed the item first.
     *
     * @throws org.recourse.cases.CaseActionRefusedException when the case does not let this reviewer look
     */
    @Transactional
    public Optional<FullSize> fullSize(long itemId, Reviewer viewer) {
        CaseItem item = em.find(CaseItem.class, itemId);
        if (item == null || item.content() == null) {
            return Optional.empty();
        }
        item.caseFile().require(CaseAction.VIEW_IN_FULL, viewer.username(), viewer.role());
        ContentMedia media = em.find(ContentMedia.class, item.content().id());
        if (media == null) {
            return Optional.empty();
        }
        byte[] bytes = media.bytes();
        RasterFormat raster = RasterFormat.of(bytes).orElse(null);
        audit.record(viewer.username(), "item.media.served", subjectOf(item),
                (raster == null ? "download" : raster.mediaType()) + ", " + bytes.length + " bytes");
        return Optional.of(new FullSize(bytes, raster));
    }

    private static String subjectOf(CaseItem item) {
        return CaseNumbers.format(item.caseFile().id()) + "/item-" + item.id();
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

    /** The case's own rule first (who may decide it), then the rule for restoring what may show a child. */
    private static void requireAllowed(Case caseFile, Decision decision, String justification, Reviewer reviewer) {
        if (caseFile == null) {
            throw new DecisionRefusedException("review.error.closed");
        }
        caseFile.require(CaseAction.DECIDE, reviewer.username(), reviewer.role());
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
