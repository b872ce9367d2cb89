package org.recourse.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.persistence.SeedOnce;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;

@DisplayName("Policy versions: an edit is a new version, the old one unchanged, each audited")
class PolicyVersioningTest {

    @Test
    @DisplayName("the defaults are seeded once; publishing makes the next version, audited; the old version is unchanged")
    void publish() {
        // Arrange
        EntityManager em = JpaDatabase.h2().entityManager();
        RecordingAuditLog audit = new RecordingAuditLog();
        UploadPolicy policy = policy(em, audit, "text_only");
        PolicyVersion before = inTransaction(em, () -> policy.inForce());
        List<PolicyRule> edited = new ArrayList<>(before.rules());
        edited.add(0, new PolicyRule("anonymous-any-age", null, null, true, null, null,
                PolicyOutcome.HOLD_FOR_REVIEW));

        // Act
        PolicyVersion published = inTransaction(em, () -> policy.publish("admin-ada", edited,
                PolicyOutcome.ALLOW, "hold every anonymous upload"));
        em.clear();

        // Assert
        assertThat(published.number()).isEqualTo(before.number() + 1);
        PolicyVersion old = inTransaction(em, () -> policy.version(before.number()).orElseThrow());
        assertThat(old.describe()).isEqualTo(before.describe());
        assertThat(inTransaction(em, () -> policy.inForce()).rules().get(0).name()).isEqualTo("anonymous-any-age");
        assertThat(audit.withAction("policy.published")).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin-ada");
            assertThat(entry.subject()).isEqualTo("policy:text_only:" + published.number());
            assertThat(entry.detail()).contains("anonymous-any-age: anonymising_network=yes -> hold-for-review")
                    .contains("hold every anonymous upload");
        });
        UploadContext anonymousOld = new UploadContext(4000, Verification.IDENTITY_DOCUMENT, true, null,
                ContentClass.GENERAL, List.of());
        assertThat(inTransaction(em, () -> policy.decide(anonymousOld)).rule()).isEqualTo("anonymous-any-age");
    }

    @Test
    @DisplayName("a draft that says nothing new, or names two rules the same, is not published")
    void refused() {
        // Arrange
        EntityManager em = JpaDatabase.h2().entityManager();
        RecordingAuditLog audit = new RecordingAuditLog();
        UploadPolicy policy = policy(em, audit, "adult_content");
        PolicyVersion current = inTransaction(em, () -> policy.inForce());
        PolicyRule rule = new PolicyRule("twice", 3, null, null, null, null, PolicyOutcome.HOLD_FOR_REVIEW);

        // Act & Assert
        assertThatThrownBy(() -> inTransaction(em, () -> policy.publish("admin-ada", current.rules(),
                current.defaultOutcome(), null))).isInstanceOfSatisfying(InvalidPolicyException.class,
                e -> assertThat(e.problems()).containsExactly("policy.problem.unchanged"));
        assertThatThrownBy(() -> new PolicyVersion(Tier.ADULT_CONTENT, Optional.of(current), List.of(rule, rule),
                PolicyOutcome.ALLOW, "admin-ada", Instant.EPOCH, null)).isInstanceOfSatisfying(
                InvalidPolicyException.class, e -> assertThat(e.problems()).containsExactly("policy.problem.sameName"));
        assertThat(inTransaction(em, () -> policy.inForce()).number()).isEqualTo(current.number());
        assertThat(audit.withAction("policy.published")).isEmpty();
    }

    private static UploadPolicy policy(EntityManager em, RecordingAuditLog audit, String tier) {
        UploadPolicy policy = new UploadPolicy();
        Wiring.set(policy, "tierSetting", tier);
        Wiring.set(policy, "versions", Wiring.set(new PolicyVersionRepository(), "em", em));
        Wiring.set(policy, "audit", audit);
        Wiring.set(policy, "clock", new MovableClock(Instant.parse("2026-12-06T10:00:00Z")));
        TorExitList tor = new TorExitList();
        Wiring.set(tor, "file", Optional.empty());
        Wiring.set(tor, "checkEvery", "PT1M");
        Wiring.set(tor, "clock", new MovableClock(Instant.EPOCH));
        Wiring.set(policy, "torExits", tor);
        Wiring.set(policy, "performerRecords", new UnsatisfiedRecords());
        Wiring.set(policy, "seedOnce", new SeedOnce(em,
                Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC)));
        return policy;
    }
}
