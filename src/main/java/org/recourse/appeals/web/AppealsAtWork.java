package org.recourse.appeals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recourse.appeals.AppealService;
import org.recourse.appeals.AppealWorkload;

/**
 * Backs the appeal block beside the case queue, the count in the staff menu and the dashboard's appeal figures: read
 * once per request, however many of them a page shows.
 */
@Named
@RequestScoped
public class AppealsAtWork {

    /** How many appeals the block beside the case queue lists; the rest are on /staff/appeals. */
    static final int BLOCK_SIZE = 5;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Inject
    AppealService appeals;

    private AppealWorkload workload;
    private Long waiting;

    /** How many appeals wait, for the staff menu: a count only, on every staff page. */
    public long getWaiting() {
        if (waiting == null) {
            waiting = workload != null ? workload.waiting() : appeals.waitingCount();
        }
        return waiting;
    }

    public AppealWorkload getWorkload() {
        if (workload == null) {
            workload = appeals.workload(BLOCK_SIZE);
        }
        return workload;
    }

    /** A time as staff read it, in UTC to the minute. */
    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
