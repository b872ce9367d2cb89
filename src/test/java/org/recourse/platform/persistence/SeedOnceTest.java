package org.recourse.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.JpaDatabase;

/** Seeding by exactly one node, against a real H2 and a real PostgreSQL. */
@DisplayName("Seed once: one claim per name, even when two nodes claim at the same moment")
class SeedOnceTest {

    private static SeedOnce seedOnce(EntityManager em) {
        return new SeedOnce(em, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
    }

    private static String unique(String name) {
        return name + ":" + System.nanoTime();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("the first claim wins, later ones are refused, other names are free")
    void once(JpaDatabase db) {
        EntityManager em = db.entityManager();
        String name = unique("starter");

        assertThat(inTransaction(em, () -> seedOnce(em).claim(name))).isTrue();
        assertThat(inTransaction(em, () -> seedOnce(em).claim(name))).isFalse();
        assertThat(inTransaction(em, () -> seedOnce(em).claim(unique("other")))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a claim made while another node's claim is uncommitted waits for it and is refused")
    void concurrent(JpaDatabase db) throws Exception {
        // Arrange: node one claims and holds its transaction open (it is seeding)
        String name = unique("concurrent");
        EntityManager one = db.entityManager();
        EntityManager two = db.entityManager();
        EntityTransaction seeding = one.getTransaction();
        seeding.begin();
        assertThat(seedOnce(one).claim(name)).isTrue();

        // Act: node two claims meanwhile and waits on node one's claim; then node one commits
        CompletableFuture<Boolean> second = db.startBlocked(() -> inTransaction(two, () -> seedOnce(two).claim(name)));
        seeding.commit();

        // Assert
        assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("if the first claim rolls back, the next one may seed")
    void rolledBack(JpaDatabase db) {
        EntityManager em = db.entityManager();
        String name = unique("rolled-back");
        EntityTransaction failed = em.getTransaction();
        failed.begin();
        assertThat(seedOnce(em).claim(name)).isTrue();
        failed.rollback();

        assertThat(inTransaction(em, () -> seedOnce(em).claim(name))).isTrue();
    }
}
