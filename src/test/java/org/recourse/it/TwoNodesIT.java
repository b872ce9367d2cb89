package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.clients.ApiKey;
import org.recourse.testing.Http;
import org.recourse.testing.MailServer;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.StaffClient;
import org.recourse.testing.Poll;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

/**
 * Two portal processes (the packaged jar) on two loopback ports and one real PostgreSQL, the way a production
 * deployment runs behind a load balancer: a report on either node is answered as hidden by the other at once, and
 * the jobs that both nodes run (SLA watch, mail outbox, webhooks) send each mail and each event once, not twice; an
 * admin's change to an account on one node ends that account's session on the other (sessions are node-local).
 */
@DisplayName("Two nodes on one PostgreSQL")
class TwoNodesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<String> SUPERVISORS = List.of("sup-a@recourse.test", "sup-b@recourse.test");
    private static final String SECRET = "whsec_two-nodes-one-platform-secret";
    private static final int ITEMS = 8;
    private static final String ADMIN_PASSWORD = "first portal password 42";

    @Test
    @DisplayName("reports on either node are hidden on both at once; breaches mail each supervisor once; events arrive "
            + "once; a moderator disabled on one node is signed out on the other; an API key revoked on one node is "
            + "refused on the other at once")
    void twoNodes() throws Exception {
        // Arrange: one database, one SMTP server, one platform endpoint
        TestDatabase database = Postgres.newDatabase("two_nodes");
        MailServer mail = MailServer.onFreePort().start();
        Map<String, String> environment = new LinkedHashMap<>(PayaraProcess.environment(Postgres.settings(database)));
        environment.putAll(Map.of("RECOURSE_DEMO_ENABLED", "false", "RECOURSE_SLA_OTHER_HARMFUL", "PT3S",
                "RECOURSE_JOBS_SLA_INTERVAL", "PT1S", "RECOURSE_JOBS_OUTBOX_INTERVAL", "PT1S",
                "RECOURSE_JOBS_WEBHOOK_INTERVAL", "PT1S", "RECOURSE_MAIL_SMTP_HOST", "127.0.0.1",
                "RECOURSE_MAIL_SMTP_PORT", Integer.toString(mail.port()), "RECOURSE_MAIL_SMTP_STARTTLS", "false",
                "RECOURSE_RATE_LIMIT_REPORTS", "100000",
                // The test's receiver is on loopback, as a platform on the same premises would be: allowed by name.
                "RECOURSE_WEBHOOKS_ALLOWED_PRIVATE_RANGES", "127.0.0.0/8"));
        environment.putAll(Map.of("RECOURSE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "RECOURSE_STAFF_PASSWORD_ITERATIONS", "1000"));
        ApiKey key = ApiKey.generate();
        try (WebhookReceiver platform = WebhookReceiver.start();
                PayaraProcess a = PayaraProcess.start("node-a", environment)) {
            // Node A has migrated the schema: add what an admin would have set up
            prepare(database, key, platform.url());
            try (PayaraProcess b = PayaraProcess.start("node-b", environment)) {
                Http onA = new Http(a.base());
                Http onB = new Http(b.base());
                for (int i = 1; i <= ITEMS; i++) {
                    assertThat(register(i % 2 == 0 ? onA : onB, "two-" + i, key).statusCode()).isEqualTo(201);
                }

                // Act / Assert: each report on one node is answered hidden by the other at once
                List<String> numbers = new ArrayList<>();
                for (int i = 1; i <= ITEMS; i++) {
                    Http reporting = i % 2 == 0 ? onA : onB;
                    Http other = i % 2 == 0 ? onB : onA;
                    assertThat(visibility(other, "two-" + i, key)).isEqualTo("VISIBLE");
                    String reference = report(reporting, "two-" + i);
                    assertThat(visibility(other, "two-" + i, key)).as("two-" + i + " on the other node")
                            .isEqualTo("HIDDEN_PENDING_REVIEW");
                    numbers.add(String.format(Locale.ROOT, "C-%06d",
                            database.count("select case_id from report where reference = ?", reference)));
                }

                // Assert: every case breaches after 3 s; each supervisor is told once per case, though both nodes watch
                Poll.until(PATIENCE, () -> numbers.stream().allMatch(n -> mail.mentioning(n).size() >= 2),
                        all -> all, "a breach notice for every case to both supervisors");
                Poll.holdsFor(Duration.ofSeconds(4), () -> numbers.stream().mapToInt(n -> mail.mentioning(n).size())
                        .sum(), sum -> sum == ITEMS * SUPERVISORS.size(), "no second notice from the other node");
                for (String number : numbers) {
                    assertThat(mail.mentioning(number)).extracting(MailServer.Mail::to)
                            .containsExactlyInAnyOrderElementsOf(SUPERVISORS);
                }

                // Assert: every event reached the platform once, whichever node sent it (statements of reasons aside)
                Poll.until(PATIENCE, () -> visibilityEvents(platform).size(), count -> count >= ITEMS, "every event");
                Poll.holdsFor(Duration.ofSeconds(3), () -> visibilityEvents(platform).size(), count -> count == ITEMS,
                        "no event twice");
                List<String> eventIds = platform.accepted().stream().map(r -> r.header("Idempotency-Key")).toList();
                assertThat(eventIds).doesNotHaveDuplicates();
                assertThat(visibilityEvents(platform).stream().map(r -> Json.createReader(new StringReader(r.body()))
                        .readObject().getJsonObject("data").getString("contentId")).collect(Collectors.toSet()))
                        .hasSize(ITEMS);

                StaffClient admin = disabledOnOneNodeIsSignedOutOnTheOther(a, b, database,
                        Long.parseLong(numbers.get(0).substring(2)));
                revokedOnOneNodeIsRefusedOnTheOther(onA, admin, database, key);
            }
        } finally {
            mail.stop();
        }
    }

    /**
     * Issue 11, finding 6: a moderator signs in on node A; the admin, on node B, disables her; her next request on A,
     * a claim, is refused and changes nothing. No session moves between nodes: only the account's session version,
     * read from the shared database on every request, tells node A.
     */
    private static StaffClient disabledOnOneNodeIsSignedOutOnTheOther(PayaraProcess a, PayaraProcess b,
            TestDatabase database, long caseId) {
        // Arrange
        StaffClient admin = new StaffClient(b.base());
        assertThat(admin.firstSignIn("admin", ADMIN_PASSWORD, ADMIN_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/"));
        String oneTime = StaffWorkspaceContract.create(admin, "nadia", "MODERATOR");
        StaffClient nadia = new StaffClient(a.base());
        assertThat(nadia.firstSignIn("nadia", oneTime, "correct horse battery staple 5").headers()
                .firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/staff/"));
        assertThat(nadia.get("/staff/case?id=" + caseId).statusCode()).isEqualTo(200);
        String assigneeBefore = (String) database.query("select assignee from case_file where id = ?", caseId).get(0)
                .get("assignee");

        // Act
        StaffWorkspaceContract.actOnAccount(admin, "nadia", "disable", Map.of());
        HttpResponse<String> claim = nadia.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());

        // Assert
        StaffWorkspaceContract.assertSignedOut(claim);
        assertThat(database.query("select assignee from case_file where id = ?", caseId).get(0))
                .containsEntry("assignee", assigneeBefore);
        assertThat(database.count("select count(*) from audit_event where action = 'case.claimed' and actor = 'nadia'"))
                .isZero();
        assertThat(nadia.get("/staff/").statusCode()).isEqualTo(302);
        return admin;
    }

    // ----- Issue 18 §2 (LEAN-API): an API key revoked on one node is refused on the other at once -----------------

    /**
     * The platform's key has just served calls on node A (anything a node could keep of it is warm); the admin, signed
     * in on node B since the test above, revokes it there; the very next call with it on node A is refused. The check
     * of a key reads the shared database on every call, so no node can answer from what it knew before.
     */
    private static void revokedOnOneNodeIsRefusedOnTheOther(Http onA, StaffClient adminOnB, TestDatabase database,
            ApiKey key) {
        // Arrange: the key works on node A, several times in a row
        for (int i = 0; i < 3; i++) {
            assertThat(visibility(onA, "two-1", key)).isEqualTo("HIDDEN_PENDING_REVIEW");
        }
        adminOnB.get("/staff/admin/clients");
        Matcher row = Pattern.compile("(?s)rk_" + key.prefix() + "_.*?name=\"(clients:list:\\d+:revoke)\"")
                .matcher(adminOnB.lastPage());
        assertThat(row.find()).as("the key's revoke button on node B's admin page").isTrue();

        // Act: revoked on node B, then the very next call on node A
        adminOnB.submit("/staff/admin/clients", "clients", row.group(1), Map.of());
        HttpResponse<String> next = onA.get("/api/v1/content/two-1", "Authorization", "Bearer " + key.value());

        // Assert
        assertThat(database.count("select count(*) from api_client where key_prefix = ? and revoked_at is not null",
                key.prefix())).as("revoked in the database by node B").isEqualTo(1);
        assertThat(next.statusCode()).as("the next call on node A").isEqualTo(401);
        assertThat(Http.json(next).getString("title")).isEqualTo("This API key is not valid");
    }

    /** The supervisors, the platform's API key and its webhook endpoint, as an admin would have made them. */
    private static void prepare(TestDatabase database, ApiKey key, String endpoint) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (String email : SUPERVISORS) {
            execute(database, """
                    insert into staff_account (username, display_name, email, role, password_hash,
                        must_change_password, disabled, created_at)
                    values (?, ?, ?, 'SUPERVISOR', 'not-a-real-hash', false, false, ?)""",
                    email.substring(0, 5), email, email, now);
        }
        execute(database, """
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values ('Platform', ?, ?, 'content:register content:read', ?, 'test')""",
                key.prefix(), key.hash(), now);
        execute(database, """
                insert into webhook_endpoint (url, secret, active, created_at, created_by)
                values (?, ?, true, ?, 'test')""", endpoint, SECRET, now);
    }

    private static void execute(TestDatabase database, String sql, Object... parameters) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> register(Http node, String contentId, ApiKey key) {
        return node.postJson("/api/v1/content", "{\"contentId\":\"" + contentId + "\",\"url\":\"https://platform.example/p/"
                + contentId + "\",\"mediaType\":\"image/jpeg\",\"sha256\":\"" + "0".repeat(63) + contentId.length()
                + "\"}", "Authorization", "Bearer " + key.value());
    }

    private static String visibility(Http node, String contentId, ApiKey key) {
        HttpResponse<String> answer = node.get("/api/v1/content/" + contentId, "Authorization", "Bearer " + key.value());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getString("visibility");
    }

    private static String report(Http node, String contentId) {
        HttpResponse<String> filed = node.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"other_harmful\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return Http.json(filed).getString("reference").replace("-", "");
    }

    /** The visibility events the platform accepted (each change also has its statement of reasons). */
    private static List<WebhookReceiver.Received> visibilityEvents(WebhookReceiver platform) {
        return platform.accepted().stream().filter(r -> r.header("Recourse-Event-Type").startsWith("content.")).toList();
    }
}
