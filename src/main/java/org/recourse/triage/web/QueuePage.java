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

    private Category category;
    private CaseStatus status;
    private String assignee;
    private boolean overdueOnly;
    private String message;
    private QueueModel model;

    public QueueModel getModel() {
        if (model == null) {
            model = new QueueModel(() -> triage, this::filter);
        }
        return model;
    }

    QueueFilter filter() {
        return new QueueFilter(category, status, assignee, overdueOnly);
    }

    public QueueTotals getTotals() {
        return triage.totals();
    }

    public void takeNext() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Optional<Long> taken = triage.takeNext(Reviewer.of(context.staffName(), context::hasRole));
        if (taken.isEmpty()) {
            message = context.messages().get("staff.queue.empty");
            return;
        }
        external.redirect(external.getRequestContextPath() + "/staff/case?id=" + taken.get());
    }

    /** "12 min left", "due now" or "overdue 5 min": the plain-text clock that works without JavaScript. */
    public String timeLeft(QueueRow row) {
        Instant now = clock.instant();
        Messages messages = context.messages();
        Duration left = Duration.between(now, row.reviewDueAt());
        return left.isNegative() || left.isZero()
                ? messages.get("staff.queue.overdueBy", span(left.negated()))
                : messages.get("staff.queue.left", span(left));
    }

    /** A removal request's 48-hour legal deadline, in words with the time left or how late; null without one. */
    public String legalDeadline(QueueRow row) {
        if (!row.legalTrack()) {
            return null;
        }
        Messages messages = context.messages();
        Duration left = Duration.between(clock.instant(), row.legalDueAt());
        String when = left.isNegative() || left.isZero()
                ? messages.get("staff.queue.overdueBy", span(left.negated()))
                : messages.get("staff.queue.left", span(left));
        return messages.get("queue.legalDeadline", when);
    }

    static String span(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 120 ? (minutes / 60) + " h " + (minutes % 60) + " min" : Math.max(0, minutes) + " min";
    }

    public String age(QueueRow row) {
        return span(Duration.between(row.openedAt(), clock.instant()));
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
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
