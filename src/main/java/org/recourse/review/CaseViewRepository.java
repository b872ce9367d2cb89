package org.recourse.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Reviewer;
import org.recourse.content.ContentItem;
import org.recourse.intake.Report;

/** The review page's read side: a case with its reports, items and decisions, as one {@link CaseView}. */
@ApplicationScoped
public class CaseViewRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseRepository cases;

    /** The case as this viewer sees it: a reporter's contact address only for a supervisor. */
    public Optional<CaseView> find(long caseId, Reviewer viewer) {
        return cases.find(caseId).map(found -> viewOf(found, viewer));
    }

    private CaseView viewOf(Case found, Reviewer viewer) {
        List<Report> reports = em.createQuery("select r from Report r where r.caseFile = :c order by r.receivedAt",
                Report.class).setParameter("c", found).getResultList();
        List<CaseView.ReportLine> reportLines = reports.stream().map(r -> new CaseView.ReportLine(r.category(),
                r.selfReport(), r.details(), r.receivedAt(), viewer.isSupervisor() ? r.contactEmail() : null, r.note()))
                .toList();
        List<CaseView.ItemLine> items = found.items().stream().map(this::line).toList();
        return new CaseView(found.id(), CaseNumbers.format(found.id()), found.category(), found.selfReported(),
                found.reportCount(), found.status(), found.assignee(), found.openedAt(), found.reviewDueAt(),
                reportLines, items);
    }

    private CaseView.ItemLine line(CaseItem item) {
        ContentItem content = item.content();
        List<CaseView.DecisionLine> decisions = cases.decisionsOn(item).stream()
                .map(d -> new CaseView.DecisionLine(d.decision().name(), d.reason().name(), d.note(),
                        d.justification(), d.decidedBy(), d.decidedAt(), d.assessment().classification() == null
                        ? null : d.assessment().classification().name(), d.assessment().imminentDanger(),
                        d.assessment().dangerReason()))
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
}
