package org.recourse.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.platform.persistence.SeedOnce;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;

/**
 * Two first screens of a new deployment at the same moment both find no policy version: without a claim, both insert
 * version 1 and one fails on the unique number (a 500 the fault harness saw). With it, one seeds and the other waits,
 * then reads the version the first committed.
 */
@DisplayName("Upload policy: the defaults are seeded once when two first screens race")
class UploadPolicySeedingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void empty() {
        JpaDatabase.both().forEach(db -> {
            EntityManager em = db.entityManager();
            inTransaction(em, () -> {
                em.createNativeQuery("delete from policy_rule where version_id in "
                        + "(select id from policy_version where tier = 'GENERAL_MEDIA')").executeUpdate();
                em.createNativeQuery("delete from policy_version where tier = 'GENERAL_MEDIA'").executeUpdate();
                em.createNativeQuery("delete from seed_marker where name = '" + UploadPolicy.SEED + "general_media'")
                        .executeUpdate();
            });
        });
    }

    private static UploadPolicy node(EntityManager em, RecordingAuditLog audit) {
        UploadPolicy policy = new UploadPolicy();
        Wiring.set(policy, "tierSetting", "general_media");
        Wiring.set(policy, "versions", Wiring.set(new PolicyVersionRepository(), "em", em));
        Wiring.set(policy, "audit", audit);
        Wiring.set(policy, "clock", new MovableClock(CLOCK.instant()));
        Wiring.set(policy, "seedOnce", new SeedOnce(em, CLOCK));
        TorExitList tor = new TorExitList();
        Wiring.set(tor, "file", Optional.empty());
        Wiring.set(tor, "checkEvery", "PT1M");
        Wiring.set(tor, "clock", new MovableClock(Instant.EPOCH));
        Wiring.set(policy, "torExits", tor);
        Wiring.set(policy, "performerRecords", new UnsatisfiedRecords());
        return policy;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a screen that finds no version while another is seeding waits, then uses the one version 1")
    void seededOnce(JpaDatabase db) throws Exception {
        // Arrange: an empty tier; the first screen is seeding and has not committed yet
        empty();
        EntityManager one = db.entityManager();
        EntityManager two = db.entityManager();
        RecordingAuditLog audit = new RecordingAuditLog();
        EntityTransaction seeding = one.getTransaction();
        seeding.begin();
        PolicyVersion seededByOne = node(one, audit).inForce();

        // Act: the second screen asks meanwhile and waits on the first one's claim; then the first commits
        CompletableFuture<Integer> seenByTwo = db.startBlocked(
                () -> inTransaction(two, () -> node(two, audit).inForce().number()));
        seeding.commit();

        // Assert
        assertThat(seededByOne.number()).isEqualTo(1);
        assertThat(seenByTwo.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        EntityManager check = db.entityManager();
        assertThat(inTransaction(check, () -> ((Number) check.createNativeQuery(
                "select count(*) from policy_version where tier = 'GENERAL_MEDIA'").getSingleResult()).longValue()))
                .isEqualTo(1L);
        assertThat(audit.withAction("policy.seeded")).hasSize(1);
    }
}
