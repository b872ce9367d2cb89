package org.recourse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.mail.SmtpMailer;
import org.recourse.platform.mail.SmtpSettings;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;

/** The dispatcher against a real SMTP server (GreenMail) and a real database, with a clock moved by hand. */
@DisplayName("Outbox dispatcher")
class OutboxDispatchTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static JpaDatabase database;
    private static GreenMail smtp;

    private final MovableClock clock = new MovableClock(T0);
    private EntityManager em;

    @BeforeAll
    static void start() {
        database = JpaDatabase.h2();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @BeforeEach
    void empty() throws Exception {
        em = database.entityManager();
        smtp.purgeEmailFromAllMailboxes();
        inTransaction(em, () -> em.createQuery("delete from OutboxMessage").executeUpdate());
    }

    private OutboxDispatcher dispatcher(SmtpSettings settings) {
        OutboxDispatcher dispatcher = new OutboxDispatcher();
        dispatcher.claims = OutboxWiring.ownTransactions(em);
        dispatcher.mailer = SmtpMailer.using(settings);
        dispatcher.clock = clock;
        OutboxSettings outbox = new OutboxSettings();
        outbox.firstDelay = "PT30S";
        outbox.maxDelay = "PT1H";
        outbox.maxAttempts = 12;
        outbox.batchSize = 2;
        outbox.claimFor = "PT10M";
        dispatcher.settings = outbox;
        return dispatcher;
    }

    private static SmtpSettings at(int port) {
        return new SmtpSettings(Optional.of("127.0.0.1"), port, Optional.empty(), Optional.empty(), false,
                "Recourse <no-reply@platform.example>", Duration.ofSeconds(5));
    }

    private long enqueue(String key, String recipient) {
        inTransaction(em, () -> OutboxWiring.outbox(em, clock, new RecordingAuditLog())
                .enqueueMail(new DedupeKey(key), recipient, "Overdue for review: case C-000042", "Line one\nLine two"));
        return inTransaction(em, () -> em.createQuery("select m.id from OutboxMessage m where m.dedupeKey = :k",
                Long.class).setParameter("k", key).getSingleResult());
    }

    private Map<String, Object> row(long id) {
        return database.jdbc().query("select status, attempts, last_error, next_attempt_at, sent_at "
                + "from outbox_message where id = ?", id).get(0);
    }

    @Test
    @DisplayName("due mail goes out, in batches, and each message is recorded as sent")
    void sendsDueMail() throws Exception {
        // Arrange
        long first = enqueue("m1", "sup1@example.org");
        long second = enqueue("m2", "sup2@example.org");
        long third = enqueue("m3", "sup3@example.org");

        // Act
        int delivered = dispatcher(at(smtp.getSmtp().getPort())).dispatchDue();

        // Assert
        assertThat(delivered).isEqualTo(3);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("sup1@example.org", "sup2@example.org", "sup3@example.org");
        MimeMessage one = received[0];
        assertThat(one.getSubject()).isEqualTo("Overdue for review: case C-000042");
        assertThat(one.getFrom()[0].toString()).isEqualTo("Recourse <no-reply@platform.example>");
        assertThat(one.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(((String) one.getContent()).replace("\r\n", "\n")).startsWith("Line one\nLine two");
        for (long id : new long[] {first, second, third}) {
            assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
            assertThat(row(id).get("sent_at")).isNotNull();
        }
        assertThat(dispatcher(at(smtp.getSmtp().getPort())).dispatchDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    @DisplayName("while the server is unreachable, mail stays pending and waits longer after each attempt")
    void serverDown() throws Exception {
        // Arrange
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long id = enqueue("down", "sup@example.org");
        OutboxDispatcher dispatcher = dispatcher(at(closedPort));

        // Act
        int firstRun = dispatcher.dispatchDue();
        clock.advance(Duration.ofSeconds(29));
        int tooEarly = dispatcher.dispatchDue();
        Map<String, Object> afterFirst = row(id);
        clock.advance(Duration.ofSeconds(1));
        int secondRun = dispatcher.dispatchDue();

        // Assert
        assertThat(firstRun).isZero();
        assertThat(tooEarly).isZero();
        assertThat(afterFirst).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .containsEntry("last_error", "cannot reach the SMTP server (ConnectException)");
        assertThat(secondRun).isZero();
        assertThat(row(id)).containsEntry("attempts", 2);
        assertThat(((java.time.OffsetDateTime) row(id).get("next_attempt_at")).toInstant())
                .isEqualTo(clock.instant().plusSeconds(60));
        assertThat(dispatcher(at(smtp.getSmtp().getPort())).dispatchDue()).isZero();
        clock.advance(Duration.ofSeconds(60));
        assertThat(dispatcher(at(smtp.getSmtp().getPort())).dispatchDue()).isEqualTo(1);
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("last_error", null);
    }

    @Test
    @DisplayName("the server back after a long outage: the first mail that goes brings the others that waited for it "
            + "forward, in the same run; not one the server refused, nor one another node is sending")
    void resumesAfterAnOutage() throws Exception {
        // Arrange: one message due now; one waiting 30 more minutes after failing to reach the server, one after a
        // timeout; one the server refused (its wait stands); one claimed by another node a moment ago (due again at
        // the end of its claim)
        long due = enqueue("r-due", "due@example.org");
        long unreachable = enqueue("r-unreachable", "unreachable@example.org");
        long timedOut = enqueue("r-timeout", "timeout@example.org");
        long refused = enqueue("r-refused", "refused@example.org");
        long sending = enqueue("r-sending", "sending@example.org");
        Instant now = clock.instant();
        waiting(unreachable, "cannot reach the SMTP server (ConnectException)", now.plus(Duration.ofMinutes(30)));
        waiting(timedOut, "the SMTP server did not answer in time", now.plus(Duration.ofMinutes(30)));
        waiting(refused, "the SMTP server refused the recipient", now.plus(Duration.ofMinutes(30)));
        waiting(sending, "cannot reach the SMTP server (ConnectException)", now.plus(Duration.ofMinutes(9)));

        // Act
        int delivered = dispatcher(at(smtp.getSmtp().getPort())).dispatchDue();

        // Assert
        assertThat(delivered).isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("due@example.org", "unreachable@example.org", "timeout@example.org");
        for (long id : new long[] {due, unreachable, timedOut}) {
            assertThat(row(id)).containsEntry("status", "SENT");
        }
        assertThat(row(refused)).containsEntry("status", "PENDING");
        assertThat(((java.time.OffsetDateTime) row(refused).get("next_attempt_at")).toInstant())
                .isEqualTo(now.plus(Duration.ofMinutes(30)));
        assertThat(row(sending)).containsEntry("status", "PENDING");
        assertThat(((java.time.OffsetDateTime) row(sending).get("next_attempt_at")).toInstant())
                .isEqualTo(now.plus(Duration.ofMinutes(9)));
    }

    private void waiting(long id, String lastError, Instant next) throws Exception {
        try (java.sql.Connection db = database.jdbc().connect();
                java.sql.PreparedStatement update = db.prepareStatement("update outbox_message set attempts = 6, "
                        + "last_error = ?, next_attempt_at = ? where id = ?")) {
            update.setString(1, lastError);
            update.setObject(2, java.time.OffsetDateTime.ofInstant(next, java.time.ZoneOffset.UTC));
            update.setLong(3, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a run stops at the first batch that cannot reach the server, so a dead server is not tried 20 times")
    void stopsAtFirstUnreachableBatch() throws Exception {
        // Arrange: three due messages, batches of two
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        for (String key : new String[] {"s1", "s2", "s3"}) {
            enqueue(key, key + "@example.org");
        }

        // Act
        dispatcher(at(closedPort)).dispatchDue();

        // Assert
        assertThat(database.jdbc().query("select attempts from outbox_message order by id"))
                .extracting(row -> ((Number) row.get("attempts")).intValue()).containsExactlyInAnyOrder(1, 1, 0);
    }

    @Test
    @DisplayName("with no SMTP host nothing is attempted: mail simply waits")
    void noHostNoAttempt() {
        // Arrange
        long id = enqueue("waits", "sup@example.org");
        SmtpSettings none = new SmtpSettings(Optional.empty(), 587, Optional.empty(), Optional.empty(), true,
                "Recourse <no-reply@platform.example>", Duration.ofSeconds(5));

        // Act
        int delivered = dispatcher(none).dispatchDue();

        // Assert
        assertThat(delivered).isZero();
        assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 0)
                .containsEntry("last_error", null);
    }
}
