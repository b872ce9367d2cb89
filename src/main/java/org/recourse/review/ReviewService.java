package org.recourse.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.cases.Case;
import org.recourse.cases.CaseAction;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Decision;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.LegalAssessment;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentMedia;
import org.recourse.content.ContentRepository;
import org.recourse.content.VisibilityChanged;

/**
 * Reviewing a case: reading it, looking at one item on purpose, and deciding each item. Who may do which is the
 * case's own rule ({@link Case#reveal}, {@link Case#decide}); this service loads, calls, records and fires.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    CaseRepository cases;

    @Inject
    CaseViewRepository views;

    @Inject
    ContentRepository content;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    DangerAlerts dangerAlerts;

    @Inject
    Event<ItemDecided> decided;

    @Inject
    Event<VisibilityChanged> visibilityChanged;

    @Transactional
    public Optional<CaseView> view(long caseId, Reviewer viewer) {
        return views.find(caseId, viewer);
    }

    /**
     * A reviewer chooses to see one item in full: allowed only to whom the case lets look ({@link
     * CaseAction#VIEW_IN_FULL}), and recorded, because every exposure counts.
     */
    @Transactional
    public void reveal(long caseId, long itemId, Reviewer viewer) {
        CaseItem item = cases.findItem(caseId, itemId).orElseThrow(() -> notOnCase(caseId, itemId));
        item.caseFile().reveal(item, viewer, clock.instant());
        audit.record(viewer.username(), "item.viewed", subjectOf(item), null);
    }

    /** The stored file of an item on a case, for its blurred rendering; empty when nothing is stored. */
    @Transactional
    public Optional<byte[]> storedFile(long itemId) {
        return cases.findItem(itemId).map(CaseItem::content).flatMap(content::media).map(ContentMedia::bytes);
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
        Optional<CaseItem> item = cases.findItem(itemId).filter(found -> found.content() != null);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        item.get().caseFile().require(CaseAction.VIEW_IN_FULL, viewer);
        Optional<byte[]> bytes = content.media(item.get().content()).map(ContentMedia::bytes);
        bytes.ifPresent(file -> audit.record(viewer.username(), "item.media.served", subjectOf(item.get()),
                RasterFormat.of(file).map(RasterFormat::mediaType).orElse("download") + ", " + file.length + " bytes"));
        return bytes.map(file -> new FullSize(file, RasterFormat.of(file).orElse(null)));
    }

    /**
     * Decides one item: the case refuses what its rules do not allow this reviewer ({@link Case#decide}, with {@link
     * org.recourse.cases.CaseActionRefusedException}); a removal or referral takes hosted content down for good, a
     * restore shows it again, and observers ({@link ItemDecided}, {@link VisibilityChanged}) act in this transaction.
     */
    @Transactional
    public void decide(long caseId, long itemId, Decision decision, ReasonCode reason, String note,
            String justification, Reviewer reviewer) {
        decide(caseId, itemId, decision, reason, note, justification, LegalAssessment.NONE, reviewer);
    }

    /**
     * The same, with the reviewer's legal assessment of a removal or referral of content that may show a child (the
     * industry classification and imminent danger), kept on the decision for the evidence record and hotline report.
     */
    @Transactional
    public void decide(long caseId, long itemId, Decision decision, ReasonCode reason, String note,
            String justification, LegalAssessment assessment, Reviewer reviewer) {
        Instant now = clock.instant();
        CaseItem item = cases.lockForDecision(caseId, itemId).orElseThrow(() -> notOnCase(caseId, itemId));
        Case caseFile = item.caseFile();
        ItemDecision record = caseFile.decide(item, decision, reason, note, justification, reviewer, now, assessment);
        cases.addDecision(record);
        applyToContent(item, decision, now);
        audit.record(reviewer.username(), "item.decided", subjectOf(item),
                decision + " " + reason + assessed(assessment) + (caseFile.isOpen() ? "" : "; case closed"));
        if (assessment.imminentDanger()) {
            dangerAlerts.imminentDanger(item, record);
        }
        decided.fire(new ItemDecided(caseId, itemId));
    }

    private static String assessed(LegalAssessment assessment) {
        return (assessment.classification() == null ? "" : "; classified " + assessment.classification())
                + (assessment.imminentDanger() ? "; imminent danger" : "");
    }

    private void applyToContent(CaseItem item, Decision decision, Instant now) {
        ContentItem hosted = item.content();
        if (hosted == null) {
            return;
        }
        long before = hosted.visibilitySequence();
        switch (decision) {
            case REMOVE, REFER -> hosted.remove(now);
            case RESTORE -> hosted.restore(now);
            case ESCALATE -> { /* stays hidden while a supervisor looks */ }
        }
        if (hosted.visibilitySequence() != before) {
            visibilityChanged.fire(hosted.lastChange());
        }
    }

    private static String subjectOf(CaseItem item) {
        return CaseNumbers.format(item.caseFile().id()) + "/item-" + item.id();
    }

    private static IllegalArgumentException notOnCase(long caseId, long itemId) {
        return new IllegalArgumentException("Item " + itemId + " is not on case " + caseId);
    }
}
