package org.recourse.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recourse.audit.AuditLog;

/**
 * Creates, lists, revokes and checks API keys. Every check reads the database, so a new key works and a revoked one
 * stops at once on every node: there is no cache to go stale. The check is one indexed read of committed rows, so it
 * needs no transaction of its own (docs/security.md 6a).
 */
@ApplicationScoped
public class ApiClients {

    /** A key just created: the only moment its value exists outside the platform's hands. */
    public record Issued(ApiClient client, String key) {
    }

    @Inject
    ApiClientRepository clients;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Issued create(String admin, String name, Set<Scope> scopes) {
        ApiKey key = ApiKey.generate();
        ApiClient client = new ApiClient(name, key, scopes, admin, clock.instant());
        clients.add(client);
        audit.record(admin, "api-client.created", "api-client:" + client.id(),
                client.name() + " (" + Scope.encode(scopes) + "), key rk_" + key.prefix() + "_…");
        return new Issued(client, key.value());
    }

    @Transactional
    public boolean revoke(String admin, long id) {
        Optional<ApiClient> live = clients.lock(id).filter(client -> !client.isRevoked());
        live.ifPresent(client -> {
            client.revoke(admin, clock.instant());
            audit.record(admin, "api-client.revoked", "api-client:" + id, client.name());
        });
        return live.isPresent();
    }

    @Transactional
    public List<ApiClient> list() {
        return clients.all();
    }

    /**
     * The caller a presented key belongs to, if it is a live key; empty for a missing, wrong or revoked one. One
     * statement reading committed rows: within a caller's transaction it joins it, else it runs without one (a JTA
     * transaction around a single read only added its begin, enlistment and commit to every API call).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApiCaller> authenticate(String presented) {
        return ApiKey.parse(presented).flatMap(key -> clients.liveWithKeyPrefix(key.prefix()).stream()
                        .filter(live -> key.matches(live.keyHash())).findFirst())
                .map(live -> new ApiCaller(live.clientId(), live.name(), Scope.decode(live.scopes())));
    }
}
