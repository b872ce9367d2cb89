package org.recourse.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.cases.CaseStatus;

/** Stores and finds reports: by reference, and those whose reporter left an address. */
@ApplicationScoped
public class ReportRepository {

    @PersistenceContext
    EntityManager em;

    public void add(Report report) {
        em.persist(report);
    }

    public Optional<Report> findByReference(Reference reference) {
        return em.createQuery("select r from Report r join fetch r.caseFile where r.reference = :ref", Report.class)
                .setParameter("ref", reference.compact())
                .getResultStream().findFirst();
    }

    /** The reports on this case whose reporter left an address. */
    public List<Report> withContactOnCase(long caseId) {
        return em.createQuery("select r from Report r where r.caseFile.id = :caseId and r.contactEmail is not null",
                        Report.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /** The reports on this case that came with a valid removal request, oldest first (erased contacts included). */
    public List<Report> withRemovalRequestOnCase(long caseId) {
        return em.createQuery("select r from Report r where r.caseFile.id = :caseId"
                        + " and r.removalRequestedAt is not null order by r.removalRequestedAt, r.id", Report.class)
                .setParameter("caseId", caseId)
                .setMaxResults(50)
                .getResultList();
    }

    /** At most {@code max} reports that still hold an address, whose case was closed at or before the cutoff. */
    public List<Report> withContactClosedBy(Instant cutoff, int max) {
        return em.createQuery("""
                        select r from Report r join r.caseFile c
                        where (r.contactEmail is not null or r.removalEmail is not null or r.removalSignature is not null)
                          and c.status = :closed and c.closedAt <= :cutoff""",
                        Report.class)
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("cutoff", cutoff)
                .setMaxResults(max)
                .getResultList();
    }
}
