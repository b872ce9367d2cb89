package org.recourse.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;

/**
 * The outboxes' backlogs read from a real H2 and a real PostgreSQL (native SQL over both tables), and readiness
 * going down once mail or webhooks wait a quarter of an hour past their time, as when SMTP or the platform is down.
 */
@DisplayName("Backlogs: what waits in the outboxes, and readiness when it is stuck")
class BacklogsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final MovableClock clock = new MovableClock(T0);

    @BeforeAll
    static void healthOutsideTheContainer() {
        HealthResponses.install();
    }

    @AfterAll
    static void cleanUp() {
        JpaDatabase.both().forEach(BacklogsTest::empty);
    }

    private static void empty(JpaDatabase db) {
        update(db, "delete from outbox_message");
        update(db, "delete from webhook_delivery");
        update(db, "delete from webhook_endpoint");
    }

    private static void update(JpaDatabase db, String sql, Object... parameters) {
        try (Connection connection = db.jdbc().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Numbers the rows written here, for their unique keys. */
    private static int rows;

    /** A mail in this state, next tried at {@code due}; failed before when {@code error} is given. */
    private static void mail(JpaDatabase db, String status, Instant due, String error) {
        rows++;
        update(db, "insert into outbox_message (kind, dedupe_key, recipient, subject, body, status, attempts, "
                + "next_attempt_at, last_error, created_at) values ('MAIL', ?, 'a@example.org', 'S', 'B', ?, ?, ?, ?, ?)",
                "backlog-" + rows, status, error == null ? 0 : 1, at(due), error, at(T0));
    }

    private static long endpoint(JpaDatabase db) {
        update(db, "insert into webhook_endpoint (url, secret, active, created_at, created_by) values "
                + "('https://platform.example/hooks', 'sealed', true, ?, 'admin')", at(T0));
        return ((Number) db.jdbc().query("select max(id) as id from webhook_endpoint").get(0).get("id")).longValue();
    }

    /** A webhook delivery in this state, next tried at {@code due}. */
    private static void delivery(JpaDatabase db, long endpoint, String status, Instant due, String error) {
        rows++;
        update(db, "insert into webhook_delivery (endpoint_id, event_id, event_type, ordering_key, payload, status, "
                + "attempts, next_attempt_at, deadline_at, last_error, created_at) values (?, ?, 'content.hidden', "
                + "'item-1', '{}', ?, ?, ?, ?, ?, ?)", endpoint, "evt-" + rows, status, error == null ? 0 : 1,
                at(due), at(T0.plus(Duration.ofDays(1))), error, at(T0));
    }

    private Backlogs backlogs(EntityManager em) {
        Backlogs backlogs = new Backlogs();
        backlogs.em = em;
        backlogs.clock = clock;
        return backlogs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("pending, failing, stuck (a quarter of an hour past due) and dead are counted; sent is not")
    void counts(JpaDatabase db) {
        // Arrange
        empty(db);
        mail(db, "PENDING", T0, null);
        mail(db, "PENDING", T0.minus(Duration.ofMinutes(20)), "MailConnectException");
        mail(db, "PENDING", T0.minus(Duration.ofMinutes(14)), null);
        mail(db, "DEAD", T0.minus(Duration.ofDays(2)), "AuthenticationFailedException");
        mail(db, "SENT", T0.minus(Duration.ofHours(1)), null);
        long endpoint = endpoint(db);
        delivery(db, endpoint, "PENDING", T0.minus(Duration.ofMinutes(16)), "ConnectException");
        delivery(db, endpoint, "PENDING", T0.minus(Duration.ofMinutes(30)), null);
        delivery(db, endpoint, "SENT", T0.minus(Duration.ofMinutes(30)), null);
        EntityManager em = db.entityManager();

        // Act
        Backlogs.Backlog mail = inTransaction(em, () -> backlogs(em).mail());
        Backlogs.Backlog webhooks = inTransaction(em, () -> backlogs(em).webhooks());

        // Assert
        assertThat(mail).isEqualTo(new Backlogs.Backlog(3, 1, 1, 1));
        assertThat(webhooks).isEqualTo(new Backlogs.Backlog(2, 1, 2, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("hotline reports are counted by the same rule, and the filed ones apart")
    void hotlineReports(JpaDatabase db) {
        // Arrange: no report yet (a row needs a case; the counting rule is the one tested above)
        EntityManager em = db.entityManager();

        // Act
        Backlogs.Backlog hotline = inTransaction(em, () -> backlogs(em).hotlineReports());
        long filed = inTransaction(em, () -> backlogs(em).hotlineReportsFiled());

        // Assert
        assertThat(hotline).isEqualTo(new Backlogs.Backlog(0, 0, 0, 0));
        assertThat(filed).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("readiness goes down when messages wait past their time, and comes back once they are sent")
    void readinessWhenStuck(JpaDatabase db) {
        // Arrange: three mails and two webhooks due now, at most four may be stuck
        empty(db);
        for (int i = 0; i < 3; i++) {
            mail(db, "PENDING", T0, null);
        }
        long endpoint = endpoint(db);
        delivery(db, endpoint, "PENDING", T0, null);
        delivery(db, endpoint, "PENDING", T0, null);
        EntityManager em = db.entityManager();
        PortalHealth health = new PortalHealth();
        health.backlogs = backlogs(em);
        health.maxStuck = 4;

        // Act: SMTP and the platform are down for 16 minutes; then the mail goes out
        Status onTime = inTransaction(em, () -> health.outboxes().call().getStatus());
        clock.advance(Duration.ofMinutes(14));
        Status late = inTransaction(em, () -> health.outboxes().call().getStatus());
        clock.advance(Duration.ofMinutes(2));
        Status stuck = inTransaction(em, () -> health.outboxes().call().getStatus());
        update(db, "update outbox_message set status = 'SENT', sent_at = ?", at(clock.instant()));
        Status sent = inTransaction(em, () -> health.outboxes().call().getStatus());

        // Assert
        assertThat(onTime).isEqualTo(Status.UP);
        assertThat(late).as("late, but not yet a quarter of an hour").isEqualTo(Status.UP);
        assertThat(stuck).isEqualTo(Status.DOWN);
        assertThat(sent).as("two webhooks stuck, within the limit").isEqualTo(Status.UP);
        assertThat(inTransaction(em, () -> health.database().call().getStatus())).isEqualTo(Status.UP);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a receiver down: rows that keep failing with a growing wait are stuck once queued past the threshold")
    void stuckWhileFailing(JpaDatabase db) {
        // Arrange: SMTP down since T0; each mail failed and waits its backoff, never overdue
        empty(db);
        for (int i = 0; i < 3; i++) {
            mail(db, "PENDING", T0.plus(Duration.ofMinutes(30)), "MailConnectException");
        }
        mail(db, "PENDING", T0.plus(Duration.ofMinutes(30)), null);
        EntityManager em = db.entityManager();
        PortalHealth health = new PortalHealth();
        health.backlogs = backlogs(em);
        health.maxStuck = 2;

        // Act
        clock.advance(Duration.ofMinutes(14));
        Backlogs.Backlog early = inTransaction(em, () -> backlogs(em).mail());
        Status before = inTransaction(em, () -> health.outboxes().call().getStatus());
        clock.advance(Duration.ofMinutes(2));
        Backlogs.Backlog late = inTransaction(em, () -> backlogs(em).mail());
        Status past = inTransaction(em, () -> health.outboxes().call().getStatus());
        health.backlogs.stuckAfter = "PT20M";
        Status longerThreshold = inTransaction(em, () -> health.outboxes().call().getStatus());
        update(db, "update outbox_message set status = 'SENT', sent_at = ?", at(clock.instant()));
        Status back = inTransaction(em, () -> health.outboxes().call().getStatus());

        // Assert: the mail that never failed is not stuck, only late once due
        assertThat(early.stuck()).isZero();
        assertThat(before).isEqualTo(Status.UP);
        assertThat(late.stuck()).isEqualTo(3);
        assertThat(past).isEqualTo(Status.DOWN);
        assertThat(longerThreshold).as("recourse.health.stuck-after=PT20M").isEqualTo(Status.UP);
        assertThat(back).isEqualTo(Status.UP);
    }
}
