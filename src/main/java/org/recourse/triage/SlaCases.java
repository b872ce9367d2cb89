package org.recourse.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.recourse.cases.Case;
import org.recourse.cases.CaseStatus;

/** The SLA watch's queries on cases; they run in the caller's transaction. */
@ApplicationScoped
public class SlaCases {

    @PersistenceContext
    EntityManager em;

    /**
     * Open cases after {@code afterId} that may need a mark: past due and not marked overdue, due before
     * {@code atRiskHorizon} and not marked at risk, or overdue with no notice sent yet. Read-only: the caller only
     * asks each case whether it needs anything, and nothing it changes here is written.
     */
    public List<Case> candidates(long afterId, Instant now, Instant atRiskHorizon, int max) {
        return em.createQuery("""
                        select c from Case c
                        where c.status <> :closed and c.id > :after
                          and ((c.overdueAt is null and c.reviewDueAt <= :now)
                            or (c.atRiskAt is null and c.reviewDueAt <= :horizon)
                            or (c.overdueAt is not null and c.breachNotifiedAt is null))
                        order by c.id""", Case.class)
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("after", afterId)
                .setParameter("now", now)
                .setParameter("horizon", atRiskHorizon)
                .setHint("org.hibernate.readOnly", true)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Locks those of these cases that no other transaction holds, and returns their ids; the rest are skipped, as
     * another node (or a reviewer) is working on them right now and the next run will see them again.
     */
    public List<Long> lockFree(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return ((List<?>) em.createNativeQuery("select id from case_file where id in (?1) order by id "
                        + "for update skip locked")
                .setParameter(1, ids)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The case as it is now, read after its row was locked. */
    public Optional<Case> find(long id) {
        return Optional.ofNullable(em.find(Case.class, id));
    }
}
