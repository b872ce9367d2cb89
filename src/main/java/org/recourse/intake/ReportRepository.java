package org.recourse.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores and finds reports by reference. */
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
}
