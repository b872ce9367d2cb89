package org.recourse.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.recourse.hotline.referral.HotlineReferral;
import org.recourse.platform.outbox.OutboxStatus;

/** Stores and finds hotline reports and referrals. */
@ApplicationScoped
public class HotlineRepository {

    @PersistenceContext
    EntityManager em;

    public void add(HotlineReport report) {
        em.persist(report);
    }

    public void add(HotlineReferral referral) {
        em.persist(referral);
    }

    public Optional<HotlineReport> find(long recordId, String hotline) {
        return em.createQuery("select r from HotlineReport r where r.recordId = :record and r.hotline = :hotline",
                        HotlineReport.class)
                .setParameter("record", recordId).setParameter("hotline", hotline)
                .getResultStream().findFirst();
    }

    /** The report, locked for the rest of the transaction: the job's steps and an admin's actions go in turn. */
    public Optional<HotlineReport> lock(long id) {
        return Optional.ofNullable(em.find(HotlineReport.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The ids of up to {@code max} due reports, locked {@code for update skip locked} so two nodes never take the same
     * one. No {@code order by}, as in the other outboxes: H2 would lock every matching row before sorting.
     */
    public List<Long> lockDue(Instant now, int max) {
        return ((List<?>) em.createNativeQuery("""
                        select r.id from hotline_report r
                        where r.status = 'PENDING' and r.next_attempt_at <= ?1
                        limit ?2 for update skip locked""")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, max)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    public List<HotlineReport> byIds(List<Long> ids) {
        return em.createQuery("select r from HotlineReport r where r.id in :ids order by r.id", HotlineReport.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Reports in this delivery status, oldest first; dead ones without the retracted (they are listed apart). */
    public List<HotlineReport> inStatus(OutboxStatus status, int max) {
        return em.createQuery("""
                        select r from HotlineReport r where r.state.status = :status and r.stage <> :retracted
                        order by r.id""", HotlineReport.class)
                .setParameter("status", status).setParameter("retracted", ReportStage.RETRACTED)
                .setMaxResults(max).getResultList();
    }

    /** The latest reports in this stage, newest first. */
    public List<HotlineReport> inStage(ReportStage stage, int max) {
        return em.createQuery("select r from HotlineReport r where r.stage = :stage order by r.id desc",
                        HotlineReport.class)
                .setParameter("stage", stage).setMaxResults(max).getResultList();
    }

    public List<HotlineReport> ofCase(long caseId) {
        return em.createQuery("select r from HotlineReport r where r.caseId = :case order by r.id",
                HotlineReport.class).setParameter("case", caseId).getResultList();
    }

    public List<HotlineReferral> referralsOfCase(long caseId) {
        return em.createQuery("select r from HotlineReferral r where r.caseId = :case order by r.id",
                HotlineReferral.class).setParameter("case", caseId).getResultList();
    }

    public List<HotlineReferral> latestReferrals(int max) {
        return em.createQuery("select r from HotlineReferral r order by r.id desc", HotlineReferral.class)
                .setMaxResults(max).getResultList();
    }
}
