package org.recourse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.platform.outbox.OutboxStatus;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;

/**
 * The outbox's storage, claiming and admin retry against a real H2 and a real PostgreSQL: the unique key, and
 * {@code for update skip locked} giving two dispatchers different messages, must hold on both.
 */
@DisplayName("Outbox storage and claiming")
class OutboxStoreTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Duration CLAIM = Duration.ofMinutes(10);

    private final MovableClock clock = new MovableClock(T0);
    private final RecordingAuditLog audit = new RecordingAuditLog();

    private static void empty(JpaDatabase db) {
        update(db, "delete from outbox_message");
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

    private long enqueue(JpaDatabase db, EntityManager em, String key) {
        inTransaction(em, () -> OutboxWiring.outbox(em, clock, audit)
                .enqueueMail(new DedupeKey(key), key + "@example.org", "About " + key, "Body of " + key));
        return ((Number) db.jdbc().query("select id from outbox_message where dedupe_key = ?", key).get(0).get("id"))
                .longValue();
    }

    private static Map<String, Object> row(JpaDatabase db, long id) {
        return db.jdbc().query("select * from outbox_message where id = ?", id).get(0);
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime odt ? odt.toInstant() : ((java.sql.Timestamp) timestamp).toInstant();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a message is stored once per key, however often it is enqueued")
    void storedOncePerKey(JpaDatabase db) {
        // Arrange
        empty(db);
        EntityManager em = db.entityManager();
        Outbox outbox = OutboxWiring.outbox(em, clock, audit);
        DedupeKey key = DedupeKey.of("sla-breach", "case-1", "staff-1");

        // Act
        boolean first = inTransaction(em, () -> outbox.enqueueMail(key, "a@example.org", "S", "B"));
        boolean again = inTransaction(em, () -> outbox.enqueueMail(key, "a@example.org", "S", "B"));
        boolean sameTransaction = inTransaction(em, () -> outbox.enqueueMail(DedupeKey.of("t", "x"), "b@example.org",
                "S", "B") & !outbox.enqueueMail(DedupeKey.of("t", "x"), "b@example.org", "S", "B"));
        boolean otherSupervisor = inTransaction(em,
                () -> outbox.enqueueMail(DedupeKey.of("sla-breach", "case-1", "staff-2"), "c@example.org", "S", "B"));

        // Assert
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(sameTransaction).isTrue();
        assertThat(otherSupervisor).isTrue();
        assertThat(db.jdbc().count("select count(*) from outbox_message")).isEqualTo(3);
        Map<String, Object> stored = db.jdbc().query("select * from outbox_message where dedupe_key = ?",
                "sla-breach:case-1:staff-1").get(0);
        assertThat(stored).containsEntry("status", "PENDING").containsEntry("kind", "MAIL")
                .containsEntry("recipient", "a@example.org").containsEntry("body", "B");
        assertThat(instant(stored.get("next_attempt_at"))).isEqualTo(T0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("the database itself refuses a second row with the same key")
    void uniqueKeyInTheDatabase(JpaDatabase db) {
        // Arrange
        empty(db);
        enqueue(db, db.entityManager(), "only-once");

        // Act / Assert
        assertThatThrownBy(() -> update(db, """
                insert into outbox_message (kind, dedupe_key, recipient, subject, body, status, attempts,
                    next_attempt_at, created_at)
                values ('MAIL', 'only-once', 'x@example.org', 'S', 'B', 'PENDING', 0, current_timestamp,
                    current_timestamp)"""))
                .hasCauseInstanceOf(SQLException.class);
        assertThat(db.jdbc().count("select count(*) from outbox_message")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a claim takes only due, pending messages, oldest first, and hides them until the claim runs out")
    void claimsDueOnly(JpaDatabase db) {
        // Arrange
        empty(db);
        EntityManager em = db.entityManager();
        long a = enqueue(db, em, "a");
        long b = enqueue(db, em, "b");
        long dead = enqueue(db, em, "dead");
        long sent = enqueue(db, em, "sent");
        clock.advance(Duration.ofMinutes(1));
        long later = enqueue(db, em, "later");
        update(db, "update outbox_message set status = 'DEAD' where id = ?", dead);
        update(db, "update outbox_message set status = 'SENT' where id = ?", sent);
        OutboxClaims claims = OutboxWiring.ownTransactions(em);
        Instant now = T0.plusSeconds(30);

        // Act
        List<ClaimedMail> claimed = claims.claimDue(now, 10, CLAIM);
        Map<String, Object> afterClaim = row(db, a);
        List<ClaimedMail> aMinuteLater = claims.claimDue(T0.plus(Duration.ofMinutes(1)), 10, CLAIM);
        List<ClaimedMail> whenClaimsRanOut = claims.claimDue(now.plus(CLAIM), 10, CLAIM);

        // Assert
        assertThat(claimed).extracting(ClaimedMail::id).containsExactly(a, b);
        assertThat(claimed.get(0)).isEqualTo(new ClaimedMail(a, "a@example.org", "About a", "Body of a"));
        assertThat(afterClaim).containsEntry("attempts", 1);
        assertThat(instant(afterClaim.get("next_attempt_at"))).isEqualTo(now.plus(CLAIM));
        assertThat(aMinuteLater).extracting(ClaimedMail::id).containsExactly(later);
        assertThat(whenClaimsRanOut).extracting(ClaimedMail::id).containsExactly(a, b);
        assertThat(row(db, a)).containsEntry("attempts", 2);
        assertThat(row(db, dead)).containsEntry("attempts", 0);
        assertThat(row(db, sent)).containsEntry("attempts", 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("two dispatchers claiming at the same moment get different messages, and neither waits")
    void concurrentClaimsAreDisjoint(JpaDatabase db) {
        // Arrange
        empty(db);
        EntityManager setup = db.entityManager();
        List<Long> all = new ArrayList<>();
        for (String key : List.of("m1", "m2", "m3", "m4", "m5")) {
            all.add(enqueue(db, setup, key));
        }
        EntityManager first = db.entityManager();
        EntityManager second = db.entityManager();
        Instant now = T0.plusSeconds(1);

        // Act: the first claim's transaction is still open while the second claims
        first.getTransaction().begin();
        List<ClaimedMail> byFirst = OutboxWiring.claims(first).claimDue(now, 2, CLAIM);
        first.flush();
        second.getTransaction().begin();
        List<ClaimedMail> bySecond = OutboxWiring.claims(second).claimDue(now, 2, CLAIM);
        second.getTransaction().commit();
        first.getTransaction().commit();
        List<ClaimedMail> byThird = OutboxWiring.ownTransactions(db.entityManager()).claimDue(now, 10, CLAIM);
        List<ClaimedMail> none = OutboxWiring.ownTransactions(db.entityManager()).claimDue(now, 10, CLAIM);

        // Assert
        assertThat(byFirst).hasSize(2);
        assertThat(bySecond).hasSize(2);
        assertThat(byThird).hasSize(1);
        List<Long> claimed = Stream.of(byFirst, bySecond, byThird).flatMap(List::stream).map(ClaimedMail::id).toList();
        assertThat(claimed).containsExactlyInAnyOrderElementsOf(all);
        assertThat(none).isEmpty();
        assertThat(db.jdbc().query("select attempts from outbox_message order by id"))
                .extracting(r -> ((Number) r.get("attempts")).intValue()).containsOnly(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("failed attempts wait longer each time and the last one leaves the message dead")
    void failuresBackOffThenDie(JpaDatabase db) {
        // Arrange
        empty(db);
        EntityManager em = db.entityManager();
        long id = enqueue(db, em, "flaky");
        OutboxClaims claims = OutboxWiring.ownTransactions(em);
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(2), 3);
        Instant now = T0;

        // Act / Assert
        assertThat(claims.claimDue(now, 10, CLAIM)).hasSize(1);
        assertThat(claims.failed(id, now, "cannot reach the SMTP server (ConnectException)", policy)).isFalse();
        assertThat(claims.claimDue(now.plusSeconds(29), 10, CLAIM)).isEmpty();
        now = now.plusSeconds(30);
        assertThat(claims.claimDue(now, 10, CLAIM)).hasSize(1);
        assertThat(claims.failed(id, now, "cannot reach the SMTP server (ConnectException)", policy)).isFalse();
        assertThat(instant(row(db, id).get("next_attempt_at"))).isEqualTo(now.plusSeconds(60));
        now = now.plusSeconds(60);
        assertThat(claims.claimDue(now, 10, CLAIM)).hasSize(1);
        assertThat(claims.failed(id, now, "cannot reach the SMTP server (ConnectException)", policy)).isTrue();

        assertThat(claims.claimDue(now.plus(Duration.ofDays(30)), 10, CLAIM)).isEmpty();
        assertThat(row(db, id)).containsEntry("status", "DEAD").containsEntry("attempts", 3)
                .containsEntry("last_error", "cannot reach the SMTP server (ConnectException)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("an admin's retry makes a dead message due at once with fresh attempts, and is audited")
    void adminRetry(JpaDatabase db) {
        // Arrange
        empty(db);
        EntityManager em = db.entityManager();
        long id = enqueue(db, em, "dead");
        update(db, "update outbox_message set status = 'DEAD', attempts = 12, last_error = 'timeout' where id = ?", id);
        Outbox outbox = OutboxWiring.outbox(em, clock, audit);
        clock.advance(Duration.ofHours(6));

        // Act
        boolean retried = inTransaction(em, () -> outbox.retry(id, "alice"));
        boolean retriedAgain = inTransaction(em, () -> outbox.retry(id, "alice"));
        boolean unknown = inTransaction(em, () -> outbox.retry(id + 1000, "alice"));

        // Assert
        assertThat(retried).isTrue();
        assertThat(retriedAgain).isFalse();
        assertThat(unknown).isFalse();
        assertThat(row(db, id)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(instant(row(db, id).get("next_attempt_at"))).isEqualTo(clock.instant());
        assertThat(audit.entries()).containsExactly(new RecordingAuditLog.Entry("alice", "outbox.retried",
                "outbox:" + id, "dead after 12 attempt(s): timeout"));
        assertThat(OutboxWiring.ownTransactions(em).claimDue(clock.instant(), 10, CLAIM))
                .extracting(ClaimedMail::id).containsExactly(id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("admins see waiting and dead mail, the dead first, never the sent ones and never a body")
    void listForAdmins(JpaDatabase db) {
        // Arrange
        empty(db);
        EntityManager em = db.entityManager();
        long waiting = enqueue(db, em, "waiting");
        long dead = enqueue(db, em, "dead");
        long sent = enqueue(db, em, "sent");
        update(db, "update outbox_message set status = 'DEAD', last_error = 'refused' where id = ?", dead);
        update(db, "update outbox_message set status = 'SENT' where id = ?", sent);

        // Act
        List<OutboxEntry> entries = inTransaction(em, () -> OutboxWiring.outbox(em, clock, audit).needingAttention(50));

        // Assert
        assertThat(entries).extracting(OutboxEntry::id).containsExactly(dead, waiting);
        assertThat(entries.get(0)).isEqualTo(new OutboxEntry(dead, "dead@example.org", "About dead",
                OutboxStatus.DEAD, 0, T0, "refused", T0));
        assertThat(Arrays.stream(OutboxEntry.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("body");
    }
}
