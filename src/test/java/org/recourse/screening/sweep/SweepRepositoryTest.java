package org.recourse.screening.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.screening.banks.BankEntry;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.Wiring;

/**
 * The sweep's rows on a real database (H2 and PostgreSQL): a sweep resumes after the last batch stored, a batch that
 * failed leaves it where it was, and two nodes never work the same sweep at once.
 */
@DisplayName("Sweep rows: resumed from the stored position, claimed by one node at a time")
class SweepRepositoryTest {

    private static final Instant AT = Instant.parse("2026-12-10T09:00:00Z");
    private static final String SOURCE = "sweep repository test";

    static List<JpaDatabase> databases() {
        return JpaDatabase.both().toList();
    }

    @AfterEach
    void cleanUp() {
        JpaDatabase.both().forEach(db -> {
            EntityManager em = db.entityManager();
            inTransaction(em, () -> {
                em.createNativeQuery("delete from sweep_run").executeUpdate();
                em.createNativeQuery("delete from bank_entry where source = '" + SOURCE + "'").executeUpdate();
            });
        });
    }

    private static SweepRepository repository(EntityManager em) {
        return Wiring.set(new SweepRepository(), "em", em);
    }

    /** Adds {@code count} SHA-256 entries to the imported bank (as staff's import would); returns the last id. */
    private static long addEntries(JpaDatabase db, int count) {
        EntityManager em = db.entityManager();
        return inTransaction(em, () -> {
            long bank = ((Number) em.createNativeQuery("select id from hash_bank where purpose = 'IMPORTED'")
                    .getSingleResult()).longValue();
            for (int i = 0; i < count; i++) {
                em.createNativeQuery("insert into bank_entry (bank_id, hash_type, hash_value, source, added_at, added_by)"
                                + " values (?1, 'SHA256', ?2, ?3, ?4, 'test')")
                        .setParameter(1, bank).setParameter(2, String.format("%064x", System.nanoTime() + i))
                        .setParameter(3, SOURCE).setParameter(4, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
            }
            return ((Number) em.createNativeQuery("select max(id) from bank_entry").getSingleResult()).longValue();
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("each batch is read after the stored position; a batch rolled back leaves the position as it was")
    void resumesAfterTheLastStoredBatch(JpaDatabase db) {
        // Arrange: a supervisor's sweep of every entry there is
        long last = addEntries(db, 25);
        EntityManager em = db.entityManager();
        long runId = inTransaction(em, () -> {
            SweepRun run = SweepRun.onDemand(null, last, repository(em).countEntries(null, last), "sam", AT);
            repository(em).add(run);
            repository(em).flush();
            return run.id();
        });

        // Act: one batch of 10 stored, then a batch that fails (a node stops mid-batch)
        long firstBatchEnd = inTransaction(em, () -> {
            SweepRun run = repository(em).claimNext().orElseThrow();
            List<BankEntry> batch = repository(em).nextEntries(run, 10);
            run.begin(AT);
            run.advance(batch.size(), batch.get(batch.size() - 1).id(), 0, 0, false, AT);
            return run.position();
        });
        em.getTransaction().begin();
        SweepRun crashed = repository(em).claimNext().orElseThrow();
        List<BankEntry> lost = repository(em).nextEntries(crashed, 10);
        crashed.advance(lost.size(), lost.get(lost.size() - 1).id(), 1, 1, false, AT);
        em.flush();
        em.getTransaction().rollback();
        em.clear();

        // Assert: the next node resumes right after the first batch, and reads the entries the failed one had
        Optional<SweepRun> resumed = inTransaction(em, () -> repository(em).run(runId));
        assertThat(resumed).get().extracting(SweepRun::position, SweepRun::matched, SweepRun::status)
                .containsExactly(firstBatchEnd, 0, SweepRun.Status.RUNNING);
        List<Long> next = inTransaction(em, () -> repository(em).nextEntries(repository(em).run(runId).orElseThrow(),
                10).stream().map(BankEntry::id).toList());
        assertThat(next).containsExactlyElementsOf(lost.stream().map(BankEntry::id).toList());
        assertThat(next.get(0)).isGreaterThan(firstBatchEnd);
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("a sweep one node is working is skipped by another, which takes the next one")
    void twoNodesNeverWorkTheSameSweep(JpaDatabase db) {
        // Arrange: two sweeps waiting
        long last = addEntries(db, 2);
        EntityManager setUp = db.entityManager();
        inTransaction(setUp, () -> {
            repository(setUp).add(SweepRun.automatic(bankOf(setUp), last - 1, AT));
            repository(setUp).add(SweepRun.automatic(bankOf(setUp), last, AT));
        });
        EntityManager first = db.entityManager();
        EntityManager second = db.entityManager();

        // Act: the first node holds the oldest; the second claims while it does
        first.getTransaction().begin();
        SweepRun held = repository(first).claimNext().orElseThrow();
        Optional<SweepRun> other = inTransaction(second, () -> repository(second).claimNext());
        first.getTransaction().rollback();

        // Assert
        assertThat(other).get().extracting(SweepRun::id).isNotEqualTo(held.id());
        assertThat(other.get().firstEntryId()).isEqualTo(last);
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("a sweep of entries just added goes before a supervisor's older sweep of every bank")
    void newEntriesFirst(JpaDatabase db) {
        // Arrange: a supervisor's sweep, then a survivor's new hash
        long last = addEntries(db, 1);
        EntityManager em = db.entityManager();
        inTransaction(em, () -> {
            repository(em).add(SweepRun.onDemand(null, last, 1, "sam", AT));
            repository(em).add(SweepRun.automatic(bankOf(em), last, AT));
        });

        // Act
        Optional<SweepRun> first = inTransaction(em, () -> repository(em).claimNext());

        // Assert
        assertThat(first).get().extracting(SweepRun::trigger).isEqualTo(SweepRun.Trigger.AUTOMATIC);
    }

    private static long bankOf(EntityManager em) {
        return ((Number) em.createNativeQuery("select id from hash_bank where purpose = 'IMPORTED'").getSingleResult())
                .longValue();
    }
}
