package org.recourse.dsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.statements.AutomatedDecision;
import org.recourse.statements.Ground;
import org.recourse.statements.Redress;
import org.recourse.statements.Restriction;
import org.recourse.statements.StatementOfReasons;
import org.recourse.statements.StatementRules;
import org.recourse.statements.Subject;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.Wiring;

/** The catch-up's query, on H2 and PostgreSQL: statements of restrictions not yet queued, never the end of one. */
@DisplayName("DSA catch-up: restrictions not yet queued are found, restorations and lifted bans never")
class DsaRepositoryTest {

    private static final Instant ISSUED = Instant.parse("2026-12-06T10:00:00Z");
    private static final Ground GROUND = new Ground("Community rules, section 7", false, null);

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("an upload blocked with no content id is caught up; the lift of a ban is not, so it never blocks "
            + "the queue's head")
    void liftsNeverCaughtUp(JpaDatabase db) {
        // Arrange: a ban by hand and its lift, and an upload blocked that the platform named by its hash only
        EntityManager em = db.entityManager();
        DsaRepository repository = Wiring.set(new DsaRepository(), "em", em);
        Subject account = Subject.account("dsa-repo-" + UUID.randomUUID(), null, null);
        Subject upload = Subject.upload(new Subject.Upload(null, "sha256",
                UUID.randomUUID().toString().replace("-", "").repeat(2)));
        StatementOfReasons banned = StatementOfReasons.first(account, Restriction.UPLOADER_BANNED,
                StatementRules.staffFacts(), GROUND, AutomatedDecision.NOT_AUTOMATED, Redress.NONE, ISSUED);
        StatementOfReasons lifted = banned.supersede(account, Restriction.BAN_LIFTED, banned.facts(), GROUND,
                AutomatedDecision.NOT_AUTOMATED, Redress.NONE, ISSUED.plusSeconds(60));
        StatementOfReasons blocked = StatementOfReasons.first(upload, Restriction.UPLOAD_BLOCKED,
                StatementRules.textFacts(), GROUND, AutomatedDecision.FULLY, Redress.NONE, ISSUED);
        inTransaction(em, () -> {
            em.persist(lifted);
            em.persist(banned);
            em.persist(blocked);
        });

        // Act
        List<Long> waiting = inTransaction(em, () -> repository.statementsNotQueued(100_000));

        // Assert
        assertThat(waiting).contains(banned.id(), blocked.id()).doesNotContain(lifted.id());
        em.clear();
        assertThat(inTransaction(em, () -> em.find(StatementOfReasons.class, blocked.id()).upload()))
                .contains(upload.upload());
    }
}
