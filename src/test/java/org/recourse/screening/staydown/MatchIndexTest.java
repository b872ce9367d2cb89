package org.recourse.screening.staydown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.matching.hash.PdqHash;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;

/**
 * Two nodes' PDQ indexes over one real database (H2 and PostgreSQL): what one node logs, the other applies before
 * its next look-up, additions and removals alike.
 */
@DisplayName("Match index: every node follows the change log")
class MatchIndexTest {

    private static final PdqHash HASH = PdqHash.fromHex("f".repeat(16) + "0".repeat(48));
    private static final PdqHash NEAR = PdqHash.fromHex("f".repeat(16) + "0".repeat(47) + "7");
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));

    @AfterEach
    void cleanUp() {
        JpaDatabase.both().forEach(db -> {
            EntityManager em = db.entityManager();
            inTransaction(em, () -> em.createNativeQuery("delete from screening_change").executeUpdate());
        });
    }

    private MatchIndex node(EntityManager em) {
        ScreeningChanges changes = changes(em);
        MatchIndex index = new MatchIndex();
        index.em = em;
        index.changes = changes;
        index.threshold = 31;
        return index;
    }

    private ScreeningChanges changes(EntityManager em) {
        ScreeningChanges changes = new ScreeningChanges() {
            @Override
            public List<Change> after(long lastApplied, int max) {
                return inTransaction(em, () -> super.after(lastApplied, max));
            }

            @Override
            public long lastId() {
                return inTransaction(em, () -> super.lastId());
            }
        };
        changes.em = em;
        changes.clock = clock;
        return changes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a hash logged by one node is found by the other, and gone once the removal is logged")
    void followsTheLog(JpaDatabase db) {
        // Arrange: node B has loaded (an empty index) before node A logs anything
        EntityManager a = db.entityManager();
        EntityManager b = db.entityManager();
        MatchIndex nodeB = node(b);
        assertThat(nodeB.near(List.of(NEAR))).isEmpty();

        // Act: node A logs a pending item and a bank entry
        inTransaction(a, () -> {
            changes(a).added(ScreeningChanges.Source.PENDING, 41, HASH.toHex());
            changes(a).added(ScreeningChanges.Source.BANK, 7, HASH.toHex());
        });

        // Assert
        List<MatchIndex.Hit> hits = nodeB.near(List.of(NEAR));
        assertThat(hits).extracting(MatchIndex.Hit::ref).containsExactlyInAnyOrder(
                new MatchIndex.Ref(ScreeningChanges.Source.PENDING, 41), new MatchIndex.Ref(ScreeningChanges.Source.BANK, 7));
        assertThat(hits).allSatisfy(hit -> assertThat(hit.distance()).isEqualTo(HASH.distanceTo(NEAR)));

        // Act / Assert: the pending item is decided on node A
        inTransaction(a, () -> changes(a).removed(ScreeningChanges.Source.PENDING, 41, HASH.toHex()));
        assertThat(nodeB.near(List.of(NEAR))).extracting(MatchIndex.Hit::ref)
                .containsExactly(new MatchIndex.Ref(ScreeningChanges.Source.BANK, 7));
        assertThat(nodeB.size()).isEqualTo(1);
    }
}
