package org.recourse.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores and finds the platform's API clients; every call runs in the caller's transaction. */
@ApplicationScoped
public class ApiClientRepository {

    @PersistenceContext
    EntityManager em;

    /** Stores a new client and writes it at once, so that it has its id (the audit names it). */
    public void add(ApiClient client) {
        em.persist(client);
        em.flush();
    }

    /** The client, locked for the rest of the transaction: two admins revoking one key do it in turn. */
    public Optional<ApiClient> lock(long id) {
        return Optional.ofNullable(em.find(ApiClient.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Every client, live ones first, then by name. Not "revokedAt nulls first": Hibernate leaves "nulls first" out of
     * H2's SQL as if it were H2's default, and the portal starts H2 with nulls sorted high.
     */
    public List<ApiClient> all() {
        return em.createQuery("""
                        select c from ApiClient c
                        order by case when c.revokedAt is null then 0 else 1 end, c.name, c.id""",
                ApiClient.class).getResultList();
    }

    /** The clients whose key has this public prefix (the secret part is checked by the caller). */
    public List<ApiClient> withKeyPrefix(String prefix) {
        return em.createQuery("select c from ApiClient c where c.keyPrefix = :prefix", ApiClient.class)
                .setParameter("prefix", prefix)
                .getResultList();
    }
}
