package org.recourse.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recourse.audit.AuditLog;

/**
 * Creates, lists, revokes and checks API keys. Every check reads the database, so a new key works and a revoked one
 * stops at once on every node: there is no cache to go stale.
 */
@ApplicationScoped
public class ApiClients {

    /** A key just created: the only moment its value exists outside the platform's hands. */
    public record Issued(ApiClient client, String key) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Issued create(String admin, String name, Set<Scope> scopes) {
        ApiKey key = ApiKey.generate();
        ApiClient client = new ApiClient(name, key, scopes, admin, clock.instant());
        em.persist(client);
        em.flush();
        audit.record(admin, "api-client.created", "api-client:" + client.id(),
                client.name() + " (" + Scope.encode(scopes) + "), key rk_" + key.prefix() + "_…");
        return new Issued(client, key.value());
    }

    @Transactional
    public boolean revoke(String admin, long id) {
        ApiClient client = em.find(ApiClient.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (client == null || client.isRevoked()) {
            return false;
        }
        client.revoke(admin, clock.instant());
        audit.record(admin, "api-client.revoked", "api-client:" + id, client.name());
        return true;
    }

    @Transactional
    public List<ApiClient> list() {
        return em.createQuery("select c from ApiClient c order by c.revokedAt nulls first, c.name, c.id",
                ApiClient.class).getResultList();
    }

    /** The caller a presented key belongs to, if it is a live key; empty for a missing, wrong or revoked one. */
    @Transactional
    public Optional<ApiCaller> authenticate(String presented) {
        return ApiKey.parse(presented).flatMap(key -> em.createQuery(
                                "select c from ApiClient c where c.keyPrefix = :prefix", ApiClient.class)
                        .setParameter("prefix", key.prefix())
                        .getResultList().stream()
                        .filter(client -> client.accepts(key))
                        .findFirst())
                .map(client -> new ApiCaller(client.id(), client.name(), client.scopes()));
    }
}
