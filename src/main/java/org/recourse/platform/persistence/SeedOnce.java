package org.recourse.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Lets exactly one node seed something, even when several start at the same moment on one database. The claim is an
 * insert of the seed's name that does nothing if the name is there: a second node's insert waits on the primary key
 * for the first node's transaction, and finds the name once that commits (or claims it, if that rolls back). So the
 * seeding must happen in the same transaction as the claim.
 */
@ApplicationScoped
public class SeedOnce {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** For the container. */
    public SeedOnce() {
    }

    /** Outside the container (tests), on this entity manager. */
    public SeedOnce(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** True if this transaction is the one to seed {@code name}; false if it was seeded (or is being) elsewhere. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String name) {
        return em.createNativeQuery("insert into seed_marker (name, seeded_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, name)
                .setParameter(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate() == 1;
    }
}
