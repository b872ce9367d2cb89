package org.recourse.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.audit.AuditLog;
import org.recourse.cases.Case;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseStatus;
import org.recourse.staff.Role;

/**
 * Who reviews what. A case is claimed by one reviewer only, even when two click at the same moment: "take next"
 * skips rows another transaction has locked, and claiming a given case locks its row first.
 */
@ApplicationScoped
public class TriageService {

    @PersistenceContext
    EntityManager em;

    @Inject
    QueueRepository queue;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "recourse.review.claim-idle", defaultValue = "PT30M")
    String claimIdle;

    @Transactional
    public List<QueueRow> page(QueueFilter filter, int first, int size) {
        return queue.page(filter, clock.instant(), first, size);
    }

    @Transactional
    public long count(QueueFilter filter) {
        return queue.count(filter, clock.instant());
    }

    @Transactional
    public QueueTotals totals() {
        return queue.totals(clock.instant());
    }

    /**
     * Claims the most urgent case nobody holds that this reviewer may claim: supervisors get escalated cases first,
     * moderators never get one. Rows locked by a concurrent "take next" are skipped, so two people never get the same
     * case.
     */
    @Transactional
    public Optional<Long> takeNext(String reviewer, Role role) {
        // The statuses come from the case's own rule, as literals (never user input), so the query keeps its plan.
        String statuses = Stream.of(CaseStatus.ESCALATED, CaseStatus.OPEN)
                .filter(status -> !status.supervisorsOnly() || role.includes(Role.SUPERVISOR))
                .map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", "));
        List<?> ids = em.createNativeQuery("select id from case_file where status in (" + statuses + ") "
                        + "and assignee is null order by case when status = 'ESCALATED' then 0 else 1 end, "
                        + "review_due_at, severity desc, report_count desc, id limit 1 for update skip locked")
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ((Number) ids.get(0)).longValue();
        Case taken = em.find(Case.class, id);
        taken.claim(reviewer, role, clock.instant());
        audit.record(reviewer, "case.claimed", CaseNumbers.format(id), "take next");
        return Optional.of(id);
    }

    /**
     * Claims one case; refused with {@link org.recourse.cases.CaseActionRefusedException} when the case's rules say
     * no ({@link org.recourse.cases.CaseAlreadyClaimedException} if someone holds it).
     */
    @Transactional
    public void claim(long caseId, String reviewer, Role role) {
        Case target = em.find(Case.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (target == null) {
            throw new IllegalArgumentException("No case " + caseId);
        }
        target.claim(reviewer, role, clock.instant());
        audit.record(reviewer, "case.claimed", CaseNumbers.format(caseId), null);
    }

    @Transactional
    public void release(long caseId, String actor) {
        Case target = em.find(Case.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (target != null && target.assignee() != null) {
            String holder = target.assignee();
            target.release(actor, clock.instant());
            audit.record(actor, "case.released", CaseNumbers.format(caseId), "held by " + holder);
        }
    }

    /** Releases every claim that has seen no activity for the configured time (30 minutes by default). */
    @Transactional
    public int releaseIdleClaims() {
        Instant now = clock.instant();
        Duration idle = Duration.parse(claimIdle);
        List<Case> held = em.createQuery("select c from Case c where c.assignee is not null and c.status <> :closed "
                        + "and c.lastActivityAt <= :cutoff", Case.class)
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("cutoff", now.minus(idle))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Case stale : held) {
            if (stale.claimIdleSince(now, idle)) {
                String holder = stale.assignee();
                stale.release("system", now);
                audit.record("system", "case.released", CaseNumbers.format(stale.id()), "idle claim of " + holder);
            }
        }
        return held.size();
    }
}
