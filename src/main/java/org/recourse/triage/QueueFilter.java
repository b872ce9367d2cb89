package org.recourse.triage;

import java.io.Serializable;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.Category;

/**
 * What the queue is narrowed to: a category, a status, an assignee (or "unassigned"), overdue only. Null means
 * "any". By default the queue shows every open case.
 */
public record QueueFilter(Category category, CaseStatus status, String assignee, boolean overdueOnly)
        implements Serializable {

    /** The assignee value meaning "nobody has it". */
    public static final String UNASSIGNED = "-";

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, false);
    }
}
