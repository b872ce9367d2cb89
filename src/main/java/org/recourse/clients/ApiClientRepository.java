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

    /** What checking a presented key needs of a live (unrevoked) client: no entity, so nothing to hydrate. */
    public record LiveKey(long clientId, String name, String keyHash, String scopes) {
    }

    /**
     * The live clients whose key has this public prefix (the secret part is checked by the caller), read as they are
     * committed at this moment: a key revoked a moment ago on any node is not among them.
     */
    public List<LiveKey> liveWithKeyPrefix(String prefix) {
        return em.createQuery("""
                        select c.id, c.name, c.keyHash, c.scopes from ApiClient c
                        where c.keyPrefix = :prefix and c.revokedAt is null""", Object[].class)
                .setParameter("prefix", prefix)
                .getResultList().stream()
                .map(row -> new LiveKey((Long) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }
}
