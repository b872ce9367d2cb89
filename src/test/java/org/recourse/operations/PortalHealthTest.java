package org.recourse.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Health's rules, with the backlogs standing in: live while running; ready while the database answers and the
 * outboxes are not stuck beyond {@code recourse.health.max-stuck}, mail and webhooks counted together; the numbers in
 * the answer either way, so an operator sees why.
 */
@DisplayName("Portal health: readiness goes down when the outboxes are stuck or the database is gone")
class PortalHealthTest {

    /** Backlogs as given, or a database that does not answer. */
    private static final class StandInBacklogs extends Backlogs {

        private final Backlog mail;
        private final Backlog webhooks;
        private final RuntimeException failure;

        StandInBacklogs(Backlog mail, Backlog webhooks, RuntimeException failure) {
            this.mail = mail;
            this.webhooks = webhooks;
            this.failure = failure;
        }

        @Override
        public Backlog mail() {
            return answer(mail);
        }

        @Override
        public Backlog webhooks() {
            return answer(webhooks);
        }

        @Override
        public void ping() {
            answer(null);
        }

        private Backlog answer(Backlog backlog) {
            if (failure != null) {
                throw failure;
            }
            return backlog;
        }
    }

    @BeforeAll
    static void healthOutsideTheContainer() {
        HealthResponses.install();
    }

    private static PortalHealth health(Backlogs backlogs, long maxStuck) {
        PortalHealth health = new PortalHealth();
        health.backlogs = backlogs;
        health.maxStuck = maxStuck;
        return health;
    }

    private static PortalHealth health(long mailStuck, long webhooksStuck, long maxStuck) {
        return health(new StandInBacklogs(new Backlogs.Backlog(mailStuck + 2, 1, mailStuck, 0),
                new Backlogs.Backlog(webhooksStuck + 3, 2, webhooksStuck, 1), null), maxStuck);
    }

    @ParameterizedTest(name = "stuck mail {0} + webhooks {1}, at most {2} → {3}")
    @CsvSource({
            "0, 0, 10000, UP",
            "10000, 0, 10000, UP",
            "0, 10000, 10000, UP",
            "10000, 1, 10000, DOWN",
            "5001, 5000, 10000, DOWN",
            "0, 10001, 10000, DOWN",
            "1, 0, 0, DOWN",
            "0, 0, 0, UP"})
    @DisplayName("the outboxes: ready up to the limit of stuck messages, mail and webhooks together; down beyond it")
    void outboxes(long mailStuck, long webhooksStuck, long maxStuck, Status expected) {
        // Arrange
        PortalHealth health = health(mailStuck, webhooksStuck, maxStuck);

        // Act
        HealthCheckResponse answer = health.outboxes().call();

        // Assert
        assertThat(answer.getName()).isEqualTo("outboxes");
        assertThat(answer.getStatus()).isEqualTo(expected);
    }

    @Test
    @DisplayName("the outboxes' numbers are in the answer, up or down")
    void numbersInTheAnswer() {
        // Arrange
        PortalHealth health = health(new StandInBacklogs(new Backlogs.Backlog(12, 4, 3, 1),
                new Backlogs.Backlog(30, 7, 20, 2), null), 10);

        // Act
        HealthCheckResponse answer = health.outboxes().call();

        // Assert
        assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
        assertThat(answer.getData()).contains(Map.of("mailPending", 12L, "mailStuck", 3L, "mailDead", 1L,
                "webhooksPending", 30L, "webhooksStuck", 20L, "webhooksDead", 2L));
    }

    @Test
    @DisplayName("a database that does not answer takes the node out: both readiness checks go down, naming the error")
    void databaseGone() {
        // Arrange
        PortalHealth health = health(new StandInBacklogs(null, null, new PersistenceException("connection refused")),
                10_000);

        // Act
        HealthCheckResponse database = health.database().call();
        HealthCheckResponse outboxes = health.outboxes().call();

        // Assert
        assertThat(database.getStatus()).isEqualTo(Status.DOWN);
        assertThat(database.getData()).contains(Map.of("error", "PersistenceException"));
        assertThat(outboxes.getStatus()).isEqualTo(Status.DOWN);
        assertThat(outboxes.getData()).contains(Map.of("error", "PersistenceException"));
    }

    @Test
    @DisplayName("the database answering is ready; liveness asks nothing of it")
    void databaseAnswers() {
        // Arrange
        PortalHealth healthy = health(0, 0, 10_000);
        PortalHealth broken = health(new StandInBacklogs(null, null, new PersistenceException("gone")), 10_000);

        // Act / Assert
        assertThat(healthy.database().call().getStatus()).isEqualTo(Status.UP);
        assertThat(broken.live().call().getStatus()).isEqualTo(Status.UP);
        assertThat(broken.live().call().getName()).isEqualTo("recourse");
    }
}
