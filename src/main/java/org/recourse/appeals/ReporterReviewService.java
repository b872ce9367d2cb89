package org.recourse.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.ItemStatus;
import org.recourse.cases.Reviewer;
import org.recourse.content.ContentItem;
import org.recourse.content.VisibilityChanged;
import org.recourse.intake.Reference;
import org.recourse.intake.Report;
import org.recourse.intake.ReportRepository;

/**
 * Reporters' second look: the status page's view of reviews, the one request, and a supervisor's answer. Taking
 * content down again goes through the content's own moves (restored, hidden, removed), each firing
 * {@link VisibilityChanged} so the webhook tells the platform.
 */
@ApplicationScoped
public class ReporterReviewService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportRepository reports;

    @Inject
    AppealRepository appeals;

    @Inject
    AppealSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<VisibilityChanged> visibilityChanged;

    @Inject
    Event<ReviewAnswered> answered;

    /** What the reporter of this report may see of reviews. */
    @Transactional
    public ReporterReview of(Reference reference) {
        Optional<Report> report = reports.findByReference(reference);
        if (report.isEmpty()) {
            return ReporterReview.NONE;
        }
        Optional<Appeal> appeal = appeals.latestDecidedOnCase(report.get().caseFile().id());
        Optional<ReviewRequest> request = requestOf(report.get());
        boolean eligible = shownAgain(report.get(), appeal);
        return new ReporterReview(appeal.map(Appeal::status).orElse(null),
                request.map(ReviewRequest::status).orElse(null),
                ReporterReview.mayAsk(eligible, request.isPresent()));
    }

    /** "No action" on an item of the report, or an appeal restored one. */
    private static boolean shownAgain(Report report, Optional<Appeal> appeal) {
        return report.items().stream().anyMatch(i -> i.status() == ItemStatus.RESTORED)
                || appeal.filter(a -> a.status() == AppealStatus.RESTORED).isPresent();
    }

    /**
     * Asks for a supervisor's second look, once: a second request, or one where none is offered, changes nothing.
     *
     * @return whether this call made the request
     */
    @Transactional
    public boolean ask(Reference reference) {
        Optional<Report> report = reports.findByReference(reference);
        if (report.isEmpty() || !of(reference).mayAsk()) {
            return false;
        }
        Report found = em.find(Report.class, report.get().id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (requestOf(found).isPresent()) {
            return false;
        }
        em.persist(new ReviewRequest(found, clock.instant(), settings.sla()));
        audit.record("reporter", "review.requested", CaseNumbers.format(found.caseFile().id()), null);
        return true;
    }

    private Optional<ReviewRequest> requestOf(Report report) {
        return em.createQuery("select r from ReviewRequest r where r.report = :report", ReviewRequest.class)
                .setParameter("report", report).getResultList().stream().findFirst();
    }

    /** Waiting requests, due first. */
    @Transactional
    public List<ReviewRequestRow> waiting(int max) {
        Instant now = clock.instant();
        return em.createQuery("select r from ReviewRequest r where r.status = :waiting order by r.dueAt, r.id",
                        ReviewRequest.class)
                .setParameter("waiting", ReviewRequest.Answer.WAITING).setMaxResults(max).getResultList()
                .stream().map(r -> ReviewRequestRow.of(r, now)).toList();
    }

    /** A supervisor's answer; taking down hides and removes every item of the report that is shown. */
    @Transactional
    public void answer(long requestId, ReviewRequest.Answer answer, Reviewer supervisor, String note) {
        ReviewRequest request = Optional.ofNullable(em.find(ReviewRequest.class, requestId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new IllegalArgumentException("No review request " + requestId));
        Instant now = clock.instant();
        request.answer(answer, supervisor, note, now);
        if (answer == ReviewRequest.Answer.TAKEN_DOWN) {
            request.report().items().stream().map(CaseItem::content).filter(c -> c != null)
                    .filter(c -> c.visibility().isServed()).forEach(c -> takeDown(c, now));
        }
        audit.record(supervisor.username(), "review.answered", CaseNumbers.format(request.caseId()), answer.name());
        answered.fire(new ReviewAnswered(request.report().reference(), answer));
    }

    private void takeDown(ContentItem content, Instant now) {
        content.hideForReview(now);
        content.remove(now);
        visibilityChanged.fire(content.lastChange());
    }
}
