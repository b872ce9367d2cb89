package org.recourse.triage.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.cases.Reviewer;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.triage.NextCase;
import org.recourse.triage.QueueFilter;
import org.recourse.triage.QueueRow;
import org.recourse.triage.QueueTotals;
import org.recourse.triage.TriageService;

/** Backs /staff/ (the queue): totals, filters, the lazy table and "take next case". */
@Named
@ViewScoped
public class QueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestContext context;

    @Inject
    transient TriageService triage;

    @Inject
    transient Clock clock;

    @Inject
    QueueFilters filters;

    @Inject
    transient org.recourse.platform.web.Times times;

    private String message;
    private QueueModel model;

    public QueueModel getModel() {
        if (model == null) {
            model = new QueueModel(() -> triage, this::filter);
        }
        return model;
    }

    QueueFilter filter() {
        return filters.filter();
    }

    /** Clears the remembered filters. */
    public void clearFilters() {
        filters.clear();
        model = null;
    }

    public boolean isFiltered() {
        return filters.isAny();
    }

    /** After "Record and take next" found nothing left, the queue says the decision was kept and the queue is empty. */
    public void arrive() {
        if ("recorded".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("after"))) {
            message = context.messages().get("review.decidedQueueEmpty");
        }
    }

    public QueueTotals getTotals() {
        return triage.totals();
    }

    public void takeNext() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        NextCase next = triage.takeNextCase(Reviewer.of(context.staffName(), context::hasRole));
        Optional<Long> taken = next.caseId();
        if (taken.isEmpty()) {
            // Under a limit on exposure, "none without imagery" is the honest answer, and a break the kind one.
            message = context.messages().get(next.limit().imageryAllowed() ? "staff.queue.empty"
                    : "workforce.takeNext.noneWithoutImagery");
            return;
        }
        external.redirect(external.getRequestContextPath() + "/staff/case?id=" + taken.get());
    }

    /** "due in 12 min", "due now" or "overdue by 5 min": the plain-text clock that works without JavaScript. */
    public String timeLeft(QueueRow row) {
        return times.due(row.reviewDueAt());
    }

    /** A removal request's 48-hour legal deadline, in words with the time left or how late; null without one. */
    public String legalDeadline(QueueRow row) {
        if (!row.legalTrack()) {
            return null;
        }
        return context.messages().get("queue.legalDeadline", times.due(row.legalDueAt()));
    }

    /** "4 min ago": when the case was opened, relative; the exact moment is in the cell's title. */
    public String age(QueueRow row) {
        return times.ago(row.openedAt());
    }

    public String rowClass(QueueRow row) {
        Instant now = clock.instant();
        return row.overdue(now) ? "overdue" : row.dueSoon(now) ? "due-soon" : "";
    }

    public boolean overdue(QueueRow row) {
        return row.overdue(clock.instant());
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    public List<CaseStatus> getStatuses() {
        return List.of(CaseStatus.OPEN, CaseStatus.IN_REVIEW, CaseStatus.ESCALATED);
    }

    public String getMessage() {
        return message;
    }

    public Category getCategory() {
        return filters.getCategory();
    }

    public void setCategory(Category category) {
        filters.setCategory(category);
    }

    public CaseStatus getStatus() {
        return filters.getStatus();
    }

    public void setStatus(CaseStatus status) {
        filters.setStatus(status);
    }

    public String getAssignee() {
        return filters.getAssignee();
    }

    public void setAssignee(String assignee) {
        // Outside input kept in the session: bounded, as the filter's own field is.
        filters.setAssignee(assignee == null ? null : assignee.strip().substring(0, Math.min(64, assignee.strip().length())));
    }

    public boolean isOverdueOnly() {
        return filters.isOverdueOnly();
    }

    public void setOverdueOnly(boolean overdueOnly) {
        filters.setOverdueOnly(overdueOnly);
    }
}
