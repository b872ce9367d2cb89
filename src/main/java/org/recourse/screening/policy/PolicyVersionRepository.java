package org.recourse.screening.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The published versions of each tier's rule table; insert-only. */
@ApplicationScoped
public class PolicyVersionRepository {

    @PersistenceContext
    EntityManager em;

    /** The version in force: the highest number of the tier. */
    public Optional<PolicyVersion> inForce(Tier tier) {
        return em.createQuery("select v from PolicyVersion v where v.tier = :tier order by v.number desc",
                PolicyVersion.class).setParameter("tier", tier).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The tier's versions, newest first, at most {@code max}. */
    public List<PolicyVersion> history(Tier tier, int max) {
        return em.createQuery("select v from PolicyVersion v where v.tier = :tier order by v.number desc",
                PolicyVersion.class).setParameter("tier", tier).setMaxResults(max).getResultList();
    }

    public Optional<PolicyVersion> find(Tier tier, int number) {
        return em.createQuery("select v from PolicyVersion v where v.tier = :tier and v.number = :number",
                PolicyVersion.class).setParameter("tier", tier).setParameter("number", number).getResultList()
                .stream().findFirst();
    }

    public void add(PolicyVersion version) {
        em.persist(version);
        em.flush();
    }
}
