package org.recourse.triage.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;
import org.recourse.triage.QueueFilter;

/**
 * The queue's filters as this reviewer last set them: kept for the session, so that coming back from a case (or
 * from "Record and take next" when the queue is empty) shows the queue they were working.
 */
@SessionScoped
public class QueueFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private Category category;
    private CaseStatus status;
    private String assignee;
    private boolean overdueOnly;

    QueueFilter filter() {
        return new QueueFilter(category, status, assignee, overdueOnly);
    }

    /** Whether any filter is set (the page then says so, with a way to clear them). */
    public boolean isAny() {
        return category != null || status != null || (assignee != null && !assignee.isBlank()) || overdueOnly;
    }

    void clear() {
        category = null;
        status = null;
        assignee = null;
        overdueOnly = false;
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
