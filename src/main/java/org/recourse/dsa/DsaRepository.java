package org.recourse.dsa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.recourse.platform.outbox.OutboxStatus;

/** Stores and finds submissions to the transparency database. */
@ApplicationScoped
public class DsaRepository {

    @PersistenceContext
    EntityManager em;

    public void add(DsaSubmission submission) {
        em.persist(submission);
    }

    public Optional<DsaSubmission> of(long statementId, int statementVersion) {
        return em.createQuery("""
                        select s from DsaSubmission s
                        where s.statementId = :statement and s.statementVersion = :version""", DsaSubmission.class)
                .setParameter("statement", statementId).setParameter("version", statementVersion)
                .getResultStream().findFirst();
    }

    public Optional<DsaSubmission> lock(long id) {
        return Optional.ofNullable(em.find(DsaSubmission.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The ids of up to {@code max} due submissions, locked {@code for update skip locked} so two nodes never send the
     * same one. No {@code order by}, as in the other outboxes: H2 would lock every matching row before sorting.
     */
    public List<Long> lockDue(Instant now, int max) {
        return ((List<?>) em.createNativeQuery("""
                        select s.id from dsa_submission s
                        where s.status = 'PENDING' and s.next_attempt_at <= ?1
                        limit ?2 for update skip locked""")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, max)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    public List<DsaSubmission> byIds(List<Long> ids) {
        return em.createQuery("select s from DsaSubmission s where s.id in :ids order by s.id", DsaSubmission.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Submissions in this status, oldest first. */
    public List<DsaSubmission> inStatus(OutboxStatus status, int max) {
        return em.createQuery("select s from DsaSubmission s where s.state.status = :status order by s.id",
                        DsaSubmission.class)
                .setParameter("status", status).setMaxResults(max).getResultList();
    }

    /**
     * Up to {@code max} statements that restrict something and have no submission yet, oldest first: issued before the
     * submission was turned on, or while a node ran without it.
     */
    public List<Long> statementsNotQueued(int max) {
        // The restrictions the database never takes (a restoration, a lifted ban): one definition, the enum's.
        String lifts = java.util.Arrays.stream(StatementFacts.Restriction.values()).filter(r -> !r.restricts())
                .map(r -> "'" + r.name() + "'").collect(java.util.stream.Collectors.joining(", "));
        return ((List<?>) em.createNativeQuery("""
                        select s.id from statement_of_reasons s
                        where s.restriction not in (%s)
                        and not exists (select 1 from dsa_submission d where d.statement_id = s.id
                                        and d.statement_version = s.version)
                        order by s.id limit ?1""".formatted(lifts))
                .setParameter(1, max)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    public long count(OutboxStatus status) {
        return em.createQuery("select count(s) from DsaSubmission s where s.state.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }
}
