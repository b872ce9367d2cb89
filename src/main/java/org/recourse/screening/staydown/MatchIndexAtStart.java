package org.recourse.screening.staydown;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

/**
 * Starts reading this node's stay-down index once the schema is migrated, on a container thread, so that neither the
 * start (the first page) nor the first screening waits for it; screenings that come before it is read get {@code 503}
 * with {@code Retry-After} ({@link MatchIndex#lookUp}).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class MatchIndexAtStart {

    @Inject
    MatchIndex index;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void load() {
        index.loadInBackground(executor);
    }
}
