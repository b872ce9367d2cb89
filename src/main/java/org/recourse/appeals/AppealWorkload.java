package org.recourse.appeals;

import java.io.Serializable;
import java.util.List;

/**
 * The appeal queue at a glance, for the workspace beside the case queue, the staff menu and the dashboard: how many
 * wait, how many are overdue, and the first few (overdue first, then due first).
 */
public record AppealWorkload(long waiting, long overdue, List<AppealRow> first) implements Serializable {

    private static final long serialVersionUID = 1L;
}
