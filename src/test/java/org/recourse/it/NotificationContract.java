package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.MailServer;
import org.recourse.testing.Poll;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * SLA alerts and the mail outbox, from outside, against a real Payara Micro and a real SMTP server (GreenMail): the
 * jobs run every second and "other harmful" content is due for review within 3 s, so a report filed here breaches
 * within moments. Each test files its own report on its own demo picture and looks only at its own case's mail.
 */
@ExtendWith(ArquillianExtension.class)
abstract class NotificationContract {

    static final Duration JOB_INTERVAL = Duration.ofSeconds(1);
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String ADMIN_PASSWORD = "first portal password 42";
    static final List<String> SUPERVISORS = List.of("sup1@recourse.test", "sup2@recourse.test");

    @ArquillianResource
    URL base;

    Http http;

    abstract TestDatabase database();

    abstract MailServer mail();

    /** Settings for both databases: fast jobs, a 3-second review time, and the test's SMTP server. */
    static Map<String, String> settings(Map<String, String> database, MailServer mail) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("recourse.jobs.sla-interval", "PT1S");
        settings.put("recourse.jobs.outbox-interval", "PT1S");
        settings.put("recourse.sla.other_harmful", "PT3S");
        settings.put("recourse.mail.smtp.host", "127.0.0.1");
        settings.put("recourse.mail.smtp.port", Integer.toString(mail.port()));
        settings.put("recourse.mail.smtp.starttls", "false");
        settings.put("recourse.mail.smtp.timeout", "PT5S");
        settings.put("recourse.mail.from", "Recourse alerts <alerts@recourse.test>");
        // Long enough to see a retry scheduled in the future, short enough to see it delivered soon after.
        settings.put("recourse.mail.retry.first-delay", "PT6S");
        settings.put("recourse.mail.retry.max-delay", "PT6S");
        settings.put("recourse.mail.retry.max-attempts", "1000");
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        // Cheap hashes keep the admin's sign-in fast; production uses 600,000 iterations.
        settings.put("recourse.staff.password-iterations", "1000");
        return settings;
    }

    static org.jboss.shrinkwrap.api.spec.WebArchive deployment(Map<String, String> database, MailServer mail) {
        return Deployments.recourse(settings(database, mail));
    }

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(base.toURI());
        mail().start();
        // Two supervisors with addresses, and three who must never get an alert: a moderator, a supervisor whose
        // account is disabled, and the first admin (created at start, without an address).
        addStaff("sup-one", "sup1@recourse.test", "SUPERVISOR", false);
        addStaff("sup-two", "sup2@recourse.test", "SUPERVISOR", false);
        addStaff("mod-one", "mod1@recourse.test", "MODERATOR", false);
        addStaff("sup-gone", "gone@recourse.test", "SUPERVISOR", true);
    }

    private void addStaff(String username, String email, String role, boolean disabled) {
        if (database().count("select count(*) from staff_account where username = ?", username) == 0) {
            execute("""
                    insert into staff_account (username, display_name, email, role, password_hash,
                        must_change_password, disabled, created_at)
                    values (?, ?, ?, ?, 'not-a-real-hash', false, ?, ?)""",
                    username, username, email, role, disabled, utc(Instant.now()));
        }
    }

    void execute(String sql, Object... parameters) {
        try (Connection connection = database().connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files an "other harmful" report on a demo picture by API and returns its case's id. */
    long report(String contentId) {
        HttpResponse<String> response = http.postJson("/api/v1/reports",
                "{\"items\":[{\"contentId\":\"" + contentId + "\"}],\"category\":\"other_harmful\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        String reference = Http.json(response).getString("reference").replace("-", "");
        return ((Number) database().query("select case_id from report where reference = ?", reference).get(0)
                .get("case_id")).longValue();
    }

    static String caseNumber(long caseId) {
        return String.format(Locale.ROOT, "C-%06d", caseId);
    }

    List<Map<String, Object>> outboxRowsOf(long caseId) {
        return database().query("select * from outbox_message where dedupe_key like ? order by recipient",
                "sla-breach:case-" + caseId + ":%");
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime odt ? odt.toInstant() : ((Timestamp) timestamp).toInstant();
    }

    @Test
    @DisplayName("an overdue case alerts each supervisor exactly once, naming the case but never the content")
    void breachAlertsEachSupervisorOnce() {
        // Act
        long caseId = report("demo-08");
        String number = caseNumber(caseId);
        List<MailServer.Mail> alerts = Poll.until(PATIENCE, () -> mail().mentioning(number),
                found -> found.size() >= SUPERVISORS.size(), "an alert for " + number + " to each supervisor");

        // Assert
        assertThat(alerts).extracting(MailServer.Mail::to).containsExactlyInAnyOrderElementsOf(SUPERVISORS);
        assertThat(alerts).allSatisfy(alert -> {
            assertThat(alert.from()).isEqualTo("Recourse alerts <alerts@recourse.test>");
            assertThat(alert.subject()).isEqualTo("Overdue for review: case " + number);
            assertThat(alert.body()).contains("Case " + number + " has not been reviewed in time.",
                    "Category: Another harmful or violent image", "Overdue by: ", "/staff/\n");
            assertThat(alert.body()).doesNotContain("demo-08", "/media/");
        });
        assertThat(mail().to("mod1@recourse.test")).isEmpty();
        assertThat(mail().to("gone@recourse.test")).isEmpty();
        Map<String, Object> caseRow = database().query(
                "select at_risk_at, overdue_at, breach_notified_at from case_file where id = ?", caseId).get(0);
        assertThat(caseRow.values()).doesNotContainNull();
        assertThat(outboxRowsOf(caseId)).hasSize(2).allSatisfy(row -> assertThat(row).containsEntry("status", "SENT"));
        assertThat(database().count("select count(*) from audit_event where action = 'sla.breached' and subject = ?",
                number)).isEqualTo(1);

        // Assert: later runs of the job send nothing more (at least two more runs of each job)
        Poll.holdsFor(JOB_INTERVAL.multipliedBy(3), () -> mail().mentioning(number).size(),
                count -> count == SUPERVISORS.size(), "no further alert for " + number);
        assertThat(outboxRowsOf(caseId)).hasSize(2);
        assertThat(database().count("select count(*) from audit_event where action = 'sla.breached' and subject = ?",
                number)).isEqualTo(1);
    }

    @Test
    @DisplayName("while the mail server is down, alerts wait in the outbox and are delivered once it is back")
    void mailWaitsWhileServerIsDown() {
        // Arrange
        mail().stop();
        try {
            long caseId = report("demo-09");
            String number = caseNumber(caseId);

            // Act: the breach is recorded and sending is tried, and fails
            List<Map<String, Object>> waiting = Poll.until(PATIENCE, () -> outboxRowsOf(caseId),
                    rows -> rows.size() == 2 && rows.stream().allMatch(row -> row.get("last_error") != null),
                    "both alerts for " + number + " to have failed an attempt");
            Instant seen = Instant.now();

            // Assert
            assertThat(waiting).allSatisfy(row -> {
                assertThat(row).containsEntry("status", "PENDING");
                assertThat(((Number) row.get("attempts")).intValue()).isPositive();
                assertThat(instant(row.get("next_attempt_at"))).isAfter(seen.minusMillis(500));
                assertThat((String) row.get("last_error")).startsWith("cannot reach the SMTP server")
                        .doesNotContain("@");
            });
            assertThat(mail().mentioning(number)).isEmpty();

            // Act: the server comes back on the same port
            mail().start();

            // Assert
            List<MailServer.Mail> alerts = Poll.until(PATIENCE, () -> mail().mentioning(number),
                    found -> found.size() >= SUPERVISORS.size(), "the delayed alerts for " + number);
            assertThat(alerts).extracting(MailServer.Mail::to).containsExactlyInAnyOrderElementsOf(SUPERVISORS);
            Poll.until(PATIENCE, () -> outboxRowsOf(caseId),
                    rows -> rows.stream().allMatch(row -> "SENT".equals(row.get("status"))),
                    "the outbox rows of " + number + " to be sent");
        } finally {
            mail().start();
        }
    }

    @Test
    @DisplayName("a dead message is left alone until an admin retries it on the outbox page; then it goes out")
    void deadMessageRetriedByAnAdmin() {
        // Arrange: a message that gave up after every attempt
        String key = "it-dead:" + System.nanoTime();
        execute("""
                insert into outbox_message (kind, dedupe_key, recipient, subject, body, status, attempts,
                    next_attempt_at, last_error, created_at)
                values ('MAIL', ?, 'dead@recourse.test', 'Dead letter', 'Body never shown', 'DEAD', 12, ?, ?, ?)""",
                key, utc(Instant.now().minusSeconds(3600)), "the SMTP server refused the recipient",
                utc(Instant.now().minusSeconds(7200)));
        long id = ((Number) database().query("select id from outbox_message where dedupe_key = ?", key).get(0)
                .get("id")).longValue();

        // Act / Assert: the dispatcher does not touch it, run after run
        Poll.holdsFor(JOB_INTERVAL.multipliedBy(3),
                () -> database().query("select status, attempts from outbox_message where id = ?", id).get(0),
                row -> "DEAD".equals(row.get("status")) && ((Number) row.get("attempts")).intValue() == 12,
                "the dead message to stay dead and untried");
        assertThat(mail().to("dead@recourse.test")).isEmpty();

        // Act: the admin sees it on the outbox page and presses "Retry now"
        StaffClient admin = new StaffClient(URI.create(base.toString()));
        admin.firstSignIn("admin", ADMIN_PASSWORD, ADMIN_PASSWORD);
        HttpResponse<String> page = admin.get("/staff/admin/outbox");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("dead@recourse.test", "Dead letter", "Given up",
                "the SMTP server refused the recipient").doesNotContain("Body never shown", "id=\"no-smtp\"");
        Matcher retry = Pattern.compile("(?s)<tr class=\"dead\">(?:(?!</tr>).)*?dead@recourse\\.test(?:(?!</tr>).)*?"
                + "name=\"(outbox:rows:\\d+:retry)\"").matcher(page.body());
        assertThat(retry.find()).as("a Retry button in the dead message's row").isTrue();
        HttpResponse<String> retried = admin.submit("/staff/admin/outbox", "outbox", retry.group(1), Map.of());

        // Assert
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.body()).contains("The message will be sent again at the next run.");
        Poll.until(PATIENCE, () -> mail().to("dead@recourse.test"), found -> found.size() == 1,
                "the retried message to be delivered");
        Poll.until(PATIENCE, () -> database().query("select status from outbox_message where id = ?", id)
                .get(0).get("status"), "SENT"::equals, "the retried message to be recorded as sent");
        assertThat(database().query("select actor, detail from audit_event where action = 'outbox.retried' "
                + "and subject = ?", "outbox:" + id)).singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("actor", "admin");
                    assertThat((String) row.get("detail")).contains("12 attempt(s)");
                });
    }

    @Test
    @DisplayName("the outbox page sends someone who is not signed in to the sign-in page")
    void outboxPageNeedsSignIn() {
        // Act
        HttpResponse<String> page = http.get("/staff/admin/outbox");

        // Assert
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/login"));
        assertThat(page.body()).doesNotContain("@recourse.test");
    }
}
