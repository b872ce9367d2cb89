package org.recourse.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.cases.Case;
import org.recourse.intake.Report;
import org.recourse.intake.ReportRepository;
import org.recourse.notification.Outbox;
import org.recourse.notification.OutboxWiring;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;

/**
 * Deleting reporters' addresses, against a real H2 and a real PostgreSQL: at once when a reporter follows the link
 * in a mail, and for every closed case once the retention time has passed (the clock is moved, nothing sleeps).
 */
@DisplayName("Contact addresses: withdrawal and retention")
class ContactErasureTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);

    private final MovableClock clock = new MovableClock(T0);
    private final RecordingAuditLog audit = new RecordingAuditLog();

    /** The databases are shared by every test class: leave no report behind for those that only empty cases. */
    @AfterEach
    void cleanUp() {
        JpaDatabase.both().forEach(ContactErasureTest::prepare);
    }

    private static void prepare(JpaDatabase db) {
        for (String table : List.of("contact_link", "outbox_message", "report_item", "report", "item_decision",
                "case_item", "case_file")) {
            sql(db, "delete from " + table);
        }
    }

    private static void sql(JpaDatabase db, String statement, Object... parameters) {
        try (Connection connection = db.jdbc().connect(); PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A case, closed at the given time (or open if null), with one report whose reporter left an address. */
    private static long reportWithContact(JpaDatabase db, String email, Instant closedAt, String reference) {
        EntityManager em = db.entityManager();
        Case caseFile = aCase().build();
        inTransaction(em, () -> em.persist(caseFile));
        if (closedAt != null) {
            sql(db, "update case_file set status = 'CLOSED', closed_at = ? where id = ?", utc(closedAt), caseFile.id());
        }
        sql(db, """
                insert into report (reference, case_id, category, self_report, contact_email, contact_language, received_at)
                values (?, ?, 'OTHER_HARMFUL', false, ?, 'fr-CA', ?)""", reference, caseFile.id(), email, utc(T0));
        return ((Number) db.jdbc().query("select id from report where reference = ?", reference).get(0).get("id"))
                .longValue();
    }

    private ContactEraser eraser(EntityManager em) {
        ContactEraser eraser = new ContactEraser();
        eraser.reports = Wiring.set(new ReportRepository(), "em", em);
        eraser.links = links(em);
        eraser.outbox = OutboxWiring.outbox(em, clock, audit);
        eraser.audit = audit;
        eraser.settings = settings();
        return eraser;
    }

    private static ContactLinks links(EntityManager em) {
        ContactLinks links = new ContactLinks();
        links.repository = Wiring.set(new ContactLinkRepository(), "em", em);
        return links;
    }

    private static ContactSettings settings() {
        ContactSettings settings = new ContactSettings();
        settings.publicUrl = "https://portal.example/";
        settings.retention = RETENTION.toString();
        return settings;
    }

    private String issueLinkAndMail(JpaDatabase db, long reportId) {
        EntityManager em = db.entityManager();
        return inTransaction(em, () -> {
            Report report = em.find(Report.class, reportId);
            String token = links(em).issue(report, clock.instant());
            Outbox outbox = OutboxWiring.outbox(em, clock, audit);
            outbox.enqueueReporterMail(ReporterMail.decidedKey(reportId), report.contactEmail(), "Subject", "Body",
                    settings().stopUrl(token));
            return token;
        });
    }

    private static Map<String, Object> report(JpaDatabase db, long id) {
        return db.jdbc().query("select contact_email, contact_language from report where id = ?", id).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a closed case keeps its reporter's address until the retention time, then loses it with links and unsent mail")
    void retention(JpaDatabase db) {
        // Arrange
        prepare(db);
        long closed = reportWithContact(db, "closed@example.org", T0, "AAAA0000BBBB1111");
        long recent = reportWithContact(db, "recent@example.org", T0.plus(Duration.ofDays(20)), "AAAA0000BBBB2222");
        long open = reportWithContact(db, "open@example.org", null, "AAAA0000BBBB3333");
        issueLinkAndMail(db, closed);
        EntityManager em = db.entityManager();

        // Act: one second before the time
        clock.set(T0.plus(RETENTION).minusSeconds(1));
        int early = inTransaction(em, () -> eraser(em).eraseExpired(clock.instant()));

        // Assert
        assertThat(early).isZero();
        assertThat(report(db, closed)).containsEntry("contact_email", "closed@example.org");

        // Act: at the time
        clock.set(T0.plus(RETENTION));
        int erased = inTransaction(em, () -> eraser(em).eraseExpired(clock.instant()));

        // Assert
        assertThat(erased).isEqualTo(1);
        assertThat(report(db, closed).values()).containsOnlyNulls();
        assertThat(db.jdbc().count("select count(*) from contact_link where report_id = ?", closed)).isZero();
        assertThat(db.jdbc().count("select count(*) from outbox_message where dedupe_key = ?",
                ReporterMail.decidedKey(closed).value())).isZero();
        assertThat(report(db, recent)).containsEntry("contact_email", "recent@example.org");
        assertThat(report(db, open)).containsEntry("contact_email", "open@example.org");
        assertThat(audit.withAction("contact.erased")).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.subject()).isEqualTo("report-" + closed);
            assertThat(entry.detail()).doesNotContain("@");
        });

        // Act / Assert: a second run finds nothing more to do
        assertThat(inTransaction(em, () -> eraser(em).eraseExpired(clock.instant()))).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a removal request's signature, address and language go by the same rule, with its unsent mail; that it was made stays")
    void removalRequestRetention(JpaDatabase db) {
        // Arrange: a request without consent to status mail, on a case closed at T0, its outcome mail still unsent
        prepare(db);
        EntityManager em = db.entityManager();
        Case caseFile = aCase().build();
        inTransaction(em, () -> em.persist(caseFile));
        sql(db, "update case_file set status = 'CLOSED', closed_at = ? where id = ?", utc(T0), caseFile.id());
        sql(db, """
                insert into report (reference, case_id, category, self_report, received_at, removal_signature,
                    removal_email, removal_for_other, removal_requested_at, removal_language)
                values ('EEEE0000FFFF1111', ?, 'NON_CONSENSUAL_INTIMATE_IMAGE', true, ?, 'Camille Tremblay',
                    'camille@example.org', false, ?, 'fr-CA')""", caseFile.id(), utc(T0), utc(T0));
        long reportId = ((Number) db.jdbc().query("select id from report where reference = 'EEEE0000FFFF1111'").get(0)
                .get("id")).longValue();
        inTransaction(em, () -> OutboxWiring.outbox(em, clock, audit).enqueueReporterMail(
                RemovalRequestMail.decidedKey(reportId), "camille@example.org", "Subject", "Body",
                "https://portal.example/contact/stop?t=x"));

        // Act: one second before the retention time, then at it
        clock.set(T0.plus(RETENTION).minusSeconds(1));
        int early = inTransaction(em, () -> eraser(em).eraseExpired(clock.instant()));
        clock.set(T0.plus(RETENTION));
        int erased = inTransaction(em, () -> eraser(em).eraseExpired(clock.instant()));

        // Assert
        assertThat(early).isZero();
        assertThat(erased).isEqualTo(1);
        Map<String, Object> row = db.jdbc().query("select removal_signature, removal_email, removal_language,"
                + " removal_requested_at from report where id = ?", reportId).get(0);
        assertThat(row.get("removal_signature")).isNull();
        assertThat(row.get("removal_email")).isNull();
        assertThat(row.get("removal_language")).isNull();
        assertThat(row.get("removal_requested_at")).isNotNull();
        assertThat(db.jdbc().count("select count(*) from outbox_message where dedupe_key = ?",
                RemovalRequestMail.decidedKey(reportId).value())).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("following the link deletes the address at once, and the link works only once")
    void withdrawal(JpaDatabase db) {
        // Arrange
        prepare(db);
        long reportId = reportWithContact(db, "me@example.org", null, "CCCC0000DDDD1111");
        String token = issueLinkAndMail(db, reportId);
        EntityManager em = db.entityManager();
        ContactWithdrawal withdrawal = new ContactWithdrawal();
        withdrawal.links = links(em);
        withdrawal.eraser = eraser(em);

        // Act
        boolean valid = inTransaction(em, () -> withdrawal.isValid(token));
        boolean withdrawn = inTransaction(em, () -> withdrawal.withdraw(token));

        // Assert
        assertThat(valid).isTrue();
        assertThat(withdrawn).isTrue();
        assertThat(report(db, reportId).values()).containsOnlyNulls();
        assertThat(db.jdbc().count("select count(*) from outbox_message where dedupe_key like 'reporter-%'")).isZero();
        assertThat(inTransaction(em, () -> withdrawal.isValid(token))).isFalse();
        assertThat(inTransaction(em, () -> withdrawal.withdraw(token))).isFalse();
        assertThat(inTransaction(em, () -> withdrawal.withdraw("not-a-token"))).isFalse();
        assertThat(audit.withAction("contact.erased")).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("reporter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a reporter's mail keeps nothing of its address, text or link once sent")
    void sentMailIsErased(JpaDatabase db) {
        // Arrange
        prepare(db);
        long reportId = reportWithContact(db, "me@example.org", null, "EEEE0000FFFF1111");
        issueLinkAndMail(db, reportId);
        EntityManager em = db.entityManager();
        long id = ((Number) db.jdbc().query("select id from outbox_message where dedupe_key = ?",
                ReporterMail.decidedKey(reportId).value()).get(0).get("id")).longValue();

        // Act
        inTransaction(em, () -> em.find(org.recourse.notification.OutboxMessage.class, id).delivered(clock.instant()));

        // Assert
        Map<String, Object> row = db.jdbc().query("select recipient, subject, body, unsubscribe_url, status, audience "
                + "from outbox_message where id = ?", id).get(0);
        assertThat(row).containsEntry("status", "SENT").containsEntry("audience", "REPORTER")
                .containsEntry("recipient", "(erased)").containsEntry("body", "");
        assertThat(row.get("unsubscribe_url")).isNull();
    }
}
