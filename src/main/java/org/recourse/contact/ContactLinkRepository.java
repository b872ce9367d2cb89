package org.recourse.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.recourse.intake.Report;

/** Stores, finds and deletes the "stop these emails" links, by their secret's hash, in the caller's transaction. */
@ApplicationScoped
public class ContactLinkRepository {

    @PersistenceContext
    EntityManager em;

    public void add(ContactLink link) {
        em.persist(link);
    }

    public Optional<ContactLink> find(String tokenHash) {
        return Optional.ofNullable(em.find(ContactLink.class, tokenHash));
    }

    /** Deletes every link of this report. */
    public void deleteFor(Report report) {
        em.createQuery("delete from ContactLink l where l.report = :report").setParameter("report", report)
                .executeUpdate();
    }
}
