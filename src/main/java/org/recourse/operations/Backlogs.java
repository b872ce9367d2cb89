package org.recourse.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What waits in the outboxes, read from the database (so every node sees the same numbers). */
@ApplicationScoped
public class Backlogs {

    /**
     * Counts of one outbox: waiting, waiting after at least one failure, stuck, given up. Stuck is waiting longer
     * than {@code recourse.health.stuck-after} (a quarter of an hour): due that long ago and not tried (no dispatcher
     * runs), or queued that long ago and still failing (the receiver is down that long; its backoff keeps the row
     * from ever being overdue, so overdue alone would never count an outage).
     */
    public record Backlog(long pending, long failing, long stuck, long dead) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "recourse.health.stuck-after", defaultValue = "PT15M")
    String stuckAfter = "PT15M";

    @Transactional
    public Backlog mail() {
        return count("outbox_message");
    }

    @Transactional
    public Backlog webhooks() {
        return count("webhook_delivery");
    }

    /**
     * Reports to hotlines through their API (table {@code hotline_report}; read by SQL, since operations sits below the
     * hotline package): a hotline that is down leaves them waiting, which the outbox is for, so they are not part of
     * readiness, only of the metrics.
     */
    @Transactional
    public Backlog hotlineReports() {
        return count("hotline_report");
    }

    /** Reports filed with a hotline through its API, ever. */
    @Transactional
    public long hotlineReportsFiled() {
        return ((Number) em.createNativeQuery("select count(*) from hotline_report where status = 'SENT'")
                .getSingleResult()).longValue();
    }

    /** A round trip to the database. */
    @Transactional
    public void ping() {
        em.createNativeQuery("select 1").getSingleResult();
    }

    private Backlog count(String table) {
        Object[] row = (Object[]) em.createNativeQuery("select "
                        + "count(case when status = 'PENDING' then 1 end), "
                        + "count(case when status = 'PENDING' and last_error is not null then 1 end), "
                        + "count(case when status = 'PENDING' and (next_attempt_at < ?1 "
                        + "or (last_error is not null and created_at < ?1)) then 1 end), "
                        + "count(case when status = 'DEAD' then 1 end) from " + table + " where status <> 'SENT'")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant().minus(Duration.parse(stuckAfter)), ZoneOffset.UTC))
                .getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }
}
