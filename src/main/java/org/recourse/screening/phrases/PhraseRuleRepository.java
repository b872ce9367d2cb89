package org.recourse.screening.phrases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores, finds and locks the phrase rules, in the caller's transaction. */
@ApplicationScoped
public class PhraseRuleRepository {

    @PersistenceContext
    EntityManager em;

    /** Stores a new rule and writes it at once, so it has its id. */
    public void add(PhraseRule rule) {
        em.persist(rule);
        em.flush();
    }

    /** Stores these rules and writes them at once. */
    public void addAll(Collection<PhraseRule> rules) {
        rules.forEach(em::persist);
        em.flush();
    }

    /** Finds a rule locked for the rest of the transaction. */
    public Optional<PhraseRule> lock(long id) {
        return Optional.ofNullable(em.find(PhraseRule.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Every rule, by list, then in the order they were added. */
    public List<PhraseRule> all() {
        return em.createQuery("select r from PhraseRule r order by r.listName, r.id", PhraseRule.class).getResultList();
    }

    public List<PhraseRule> active() {
        return em.createQuery("select r from PhraseRule r where r.active = true", PhraseRule.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(r) from PhraseRule r", Long.class).getSingleResult();
    }

    /**
     * A short signature of the rules that changes whenever a rule is added or turned on or off: how many there are,
     * the highest id, how many are active and the sum of their ids. One row read, so every screening can afford it.
     */
    public String signature() {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select count(*), coalesce(max(id), 0), count(case when active then 1 end),
                               coalesce(sum(case when active then id else 0 end), 0) from phrase_rule""")
                .getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2] + "/" + row[3];
    }
}
