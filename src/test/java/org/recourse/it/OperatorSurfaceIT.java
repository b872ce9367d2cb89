package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.Poll;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

/**
 * What an admin session, a scraper or a database writer can reach on a real Payara Micro (demo on, no private range
 * allowed, a metrics token set): webhooks are not sent inside, and their failures show only their class; /metrics
 * needs the token; the audit chain cannot be rewritten the old way; and the language cookie ends with the session
 * unless the reader asks to be remembered.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Operator surface: webhooks kept outside, metrics token, keyed audit chain, session language cookie")
class OperatorSurfaceIT {

    private static final Map<String, String> DATABASE = Deployments.h2("operator-surface");
    private static final String ADMIN_PASSWORD = "first portal password 42";
    private static final String METRICS_TOKEN = "it-scrape-token-4f9c2a7e1b";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static WebhookReceiver receiver;
    private static StaffClient admin;

    @ArquillianResource
    URL base;

    Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        receiver = WebhookReceiver.start();
        Map<String, String> settings = new java.util.HashMap<>(DATABASE);
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.metrics.token", METRICS_TOKEN);
        settings.put("recourse.jobs.webhook-interval", "PT1S");
        settings.put("recourse.webhooks.retry.first-delay", "PT1S");
        settings.put("recourse.webhooks.retry.max-delay", "PT1S");
        settings.put("recourse.webhooks.give-up-after", "PT3S");
        // No recourse.webhooks.allowed-private-ranges: the default, where loopback is inside.
        return Deployments.recourse(settings);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(base.toURI());
        if (admin == null) {
            admin = new StaffClient(URI.create(base.toString()));
            admin.firstSignIn("admin", ADMIN_PASSWORD, ADMIN_PASSWORD);
        }
    }

    private TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }

    private void execute(String sql, Object... parameters) {
        try (var connection = database().connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> register(String url) {
        admin.get("/staff/admin/webhooks");
        return admin.submit("/staff/admin/webhooks", "webhooks", "webhooks:register",
                Map.of("webhooks:endpointUrl", url, "webhooks:endpointSecret", ""));
    }

    @Test
    @DisplayName("webhooks: an endpoint inside is refused when saved and when sent; dead letters show classes only")
    void webhooksStayOutside() {
        // Act: an admin tries loopback, the clouds' metadata address and IPv4-mapped loopback
        int port = URI.create(receiver.url()).getPort();
        for (String inside : List.of(receiver.url(), "http://169.254.169.254/latest/meta-data/",
                "http://[::ffff:127.0.0.1]:" + port + "/hooks")) {
            register(inside);

            // Assert: refused on the page, not stored, audited
            assertThat(admin.lastPage()).as(inside).contains("id=\"webhooks-error\"", "private network")
                    .doesNotContain("id=\"issued-secret\"");
            assertThat(database().count("select count(*) from webhook_endpoint where url = ?", inside)).isZero();
        }
        assertThat(database().count("select count(*) from audit_event where action = 'webhook.refused'"))
                .isEqualTo(3);
        assertThat(database().count("select count(*) from webhook_endpoint where url like '%/demo/webhooks'"))
                .as("the demo's own receiver on this server is registered all the same").isEqualTo(1);

        // Arrange: an endpoint on loopback that was stored before the check existed (or written to the database)
        execute("insert into webhook_endpoint (url, secret, active, created_at, created_by) values (?, ?, true, ?, ?)",
                receiver.url(), "whsec_stored-before-the-check-existed", OffsetDateTime.now(ZoneOffset.UTC), "old");

        // Act: two reports hide two demo pictures, which makes an event for every endpoint
        for (String item : List.of("demo-05", "demo-06")) {
            HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + item
                    + "\"}],\"category\":\"other_harmful\"}");
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        }
        String dead = "select d.last_error from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id "
                + "where e.url = ? and d.status = 'DEAD' and d.event_type like 'content.%'";
        List<Map<String, Object>> given = Poll.until(PATIENCE, () -> database().query(dead, receiver.url()),
                rows -> rows.size() == 2, "both deliveries to loopback to give up");

        // Assert: refused at send time, after DNS; nothing reached the receiver
        assertThat(given).extracting(row -> row.get("last_error")).containsOnly("refused: private address");
        assertThat(receiver.received()).isEmpty();

        // Act: a row from before classes, naming an exception, and the admin's page
        execute("update webhook_delivery set last_error = 'cannot reach the endpoint (java.net.ConnectException)' "
                + "where id = (select min(d.id) from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id "
                + "where e.url = ?)", receiver.url());
        HttpResponse<String> page = admin.get("/staff/admin/webhooks");

        // Assert
        assertThat(page.body()).contains("Refused: private address", "Connection failed")
                .doesNotContain("ConnectException", "java.net", "HTTP 500", "HTTP 503");
    }

    @Test
    @DisplayName("metrics: 401 problem+json without the token or with a wrong one; served with it; health stays open")
    void metricsNeedTheToken() {
        // Act
        HttpResponse<String> none = http.get("/metrics?scope=application");
        HttpResponse<String> wrong = http.get("/metrics?scope=application", "Authorization", "Bearer not-the-token");
        HttpResponse<String> right = http.get("/metrics?scope=application", "Authorization", "Bearer " + METRICS_TOKEN);
        HttpResponse<String> health = http.get("/health/ready");

        // Assert
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"metrics\"");
        assertThat(none.body()).doesNotContain("recourse_");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("recourse_outbox_pending");
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("audit: a row rewritten with every later hash recomputed the old, unkeyed way is named by the API")
    void auditChainCannotBeRewrittenTheOldWay() throws Exception {
        // Arrange
        HttpResponse<String> before = admin.get("/api/v1/admin/audit/verification");
        assertThat(before.body()).as(before.body()).contains("\"intact\":true");

        // Act: row 2 says something else, and the chain after it is made to fit as the old code computed it
        execute("update audit_event set detail = 'nothing happened' where id = 2");
        List<Map<String, Object>> rows = database().query("select id, occurred_at, actor, action, subject, detail "
                + "from audit_event where id >= 2 order by id");
        String previous = (String) database().query("select hash from audit_event where id = 1").get(0).get("hash");
        long last = 1;
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("id")).longValue();
            String hash = unkeyed(previous, Long.toString(id), instantOf(row.get("occurred_at")).toString(),
                    (String) row.get("actor"), (String) row.get("action"), (String) row.get("subject"),
                    (String) row.get("detail"));
            execute("update audit_event set previous_hash = ?, hash = ? where id = ?", previous, hash, id);
            previous = hash;
            last = id;
        }
        execute("update audit_head set last_id = ?, last_hash = ? where id = 1", last, previous);
        HttpResponse<String> after = admin.get("/api/v1/admin/audit/verification");

        // Assert
        assertThat(after.body()).contains("\"intact\":false", "\"firstBrokenId\":2", "\"problemCode\":\"ALTERED\"");
    }

    @Test
    @DisplayName("language: a session cookie when switching, a year only after 'remember', offered just after a switch")
    void languageCookieLastsTheSession() {
        // Act
        HttpResponse<String> plain = http.get("/report");
        HttpResponse<String> switched = http.get("/report?lang=fr");
        HttpResponse<String> remembered = http.get("/report?lang=fr&remember=yes");
        HttpResponse<String> back = http.get("/report?lang=en", "Cookie", "recourse-lang=fr-CA");

        // Assert: no cookie and no offer on an ordinary page
        assertThat(plain.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(plain.body()).doesNotContain("language-remember");

        // Assert: a switch sets a cookie that ends with the session, and offers to remember
        assertThat(switched.headers().allValues("Set-Cookie")).singleElement().asString()
                .startsWith("recourse-lang=fr-CA;").contains("HttpOnly")
                .doesNotContainIgnoringCase("Max-Age").doesNotContainIgnoringCase("Expires");
        assertThat(switched.body()).contains("id=\"language-remember\"", "href=\"/report?lang=fr&amp;remember=yes\"",
                "Retenir ma langue sur cet appareil");

        // Assert: asked to remember, it lasts a year, and the page says so instead of offering it again
        assertThat(remembered.headers().allValues("Set-Cookie")).singleElement().asString()
                .startsWith("recourse-lang=fr-CA;").contains("Max-Age=31536000", "HttpOnly");
        assertThat(remembered.body()).contains("Langue retenue sur cet appareil")
                .doesNotContain("id=\"language-remember\"");

        // Assert: switching back is a session cookie again, which replaces the remembered one
        assertThat(back.headers().allValues("Set-Cookie")).singleElement().asString()
                .startsWith("recourse-lang=en;").doesNotContainIgnoringCase("Max-Age");
        assertThat(back.body()).contains("Remember my language on this device");
    }

    private static java.time.Instant instantOf(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** The audit hash as the portal computed it before it was keyed: SHA-256 over length-prefixed fields. */
    private static String unkeyed(String... fields) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String field : fields) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            digest.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
