package org.recourse.dsa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.recourse.audit.AuditLog;
import org.recourse.platform.outbox.OutboxStatus;

/**
 * What an admin sees of the submissions and may do: the counts, those waiting and those given up (dead letters) with
 * why, and "send again" for a dead one the database refused (after the token or the mapping was fixed), audited. A
 * statement the personal-data check refused cannot be sent again from here: the ground in settings or the mapping must
 * change, and the statement is issued again.
 */
@ApplicationScoped
public class DsaAdmin {

    /** Why a submission waits or was given up, for the page's words. */
    public enum Problem {
        PERSONAL_DATA, REFUSED, TOKEN, NOT_CONFIGURED, UNAVAILABLE, NONE;

        static Problem of(DsaSubmission submission) {
            String error = submission.state().lastError();
            if (submission.isRefused()) {
                return PERSONAL_DATA;
            } else if (error == null) {
                return NONE;
            } else if (error.startsWith("refused by the database")) {
                return REFUSED;
            } else if (error.startsWith("the database refused the token")) {
                return TOKEN;
            } else if (error.startsWith("not configured")) {
                return NOT_CONFIGURED;
            }
            return UNAVAILABLE;
        }

        public String messageKey() {
            return "staff.dsa.problem." + name();
        }
    }

    /** One submission on the page. */
    public record Row(long id, long statementId, int statementVersion, int attempts, Problem problem, String detail,
            Instant createdAt, Instant nextAttemptAt, boolean retryable) {
    }

    /** The counts by status. */
    public record Counts(long pending, long sent, long dead) {
    }

    @Inject
    DsaRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Counts counts() {
        return new Counts(repository.count(OutboxStatus.PENDING), repository.count(OutboxStatus.SENT),
                repository.count(OutboxStatus.DEAD));
    }

    @Transactional
    public List<Row> waiting(int max) {
        return rows(OutboxStatus.PENDING, max);
    }

    @Transactional
    public List<Row> dead(int max) {
        return rows(OutboxStatus.DEAD, max);
    }

    /** Sends a dead one again; false if it is not dead, or was refused by the personal-data check. */
    @Transactional
    public boolean retry(long id, String admin) {
        return repository.lock(id).filter(s -> s.status() == OutboxStatus.DEAD && !s.isRefused()).map(submission -> {
            submission.retry(clock.instant());
            audit.record(admin, "dsa.retried", "statement:" + submission.statementId(), "version "
                    + submission.statementVersion() + " sent again to the DSA transparency database");
            return true;
        }).orElse(false);
    }

    private List<Row> rows(OutboxStatus status, int max) {
        return repository.inStatus(status, max).stream().map(s -> new Row(s.id(), s.statementId(),
                s.statementVersion(), s.state().attempts(), Problem.of(s), s.state().lastError(), s.createdAt(),
                s.state().nextAttemptAt(), s.status() == OutboxStatus.DEAD && !s.isRefused())).toList();
    }
}
