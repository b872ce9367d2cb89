package org.recourse.screening.banks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.recourse.intake.Reference;

/**
 * Stores and finds survivors' hash submissions and the hashes each carried into the bank, in the caller's
 * transaction. The entries themselves are {@link BankRepository}'s.
 */
@ApplicationScoped
public class SubmissionRepository {

    @PersistenceContext
    EntityManager em;

    /** Stores a new submission and writes it at once, so it has its id and number. */
    public void add(HashSubmission submission) {
        em.persist(submission);
        em.flush();
    }

    public void add(SubmittedHash carried) {
        em.persist(carried);
    }

    public Optional<HashSubmission> find(Reference reference) {
        return em.createQuery("select s from HashSubmission s where s.reference = :reference", HashSubmission.class)
                .setParameter("reference", reference.compact()).getResultList().stream().findFirst();
    }

    /** The hashes a submission carried, with their entries. */
    public List<SubmittedHash> carried(HashSubmission submission) {
        return em.createQuery("select h from SubmittedHash h join fetch h.entry where h.submission = :s",
                        SubmittedHash.class)
                .setParameter("s", submission).getResultList();
    }

    /** Hashes sent again after staff had set them aside, that no supervisor has looked at yet, the oldest first. */
    public List<SubmittedHash> setAside(int max) {
        return em.createQuery("""
                        select h from SubmittedHash h join fetch h.entry join fetch h.submission
                        where h.arrival = :setAside and h.handledAt is null order by h.id""", SubmittedHash.class)
                .setParameter("setAside", SubmittedHash.Arrival.SET_ASIDE).setMaxResults(max).getResultList();
    }

    /** Finds a carried hash locked for the rest of the transaction. */
    public Optional<SubmittedHash> lockCarried(long submittedHashId) {
        return Optional.ofNullable(em.find(SubmittedHash.class, submittedHashId, LockModeType.PESSIMISTIC_WRITE));
    }
}
