package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.testing.Deployments;
import org.recourse.testing.AtOnce;
import org.recourse.testing.Http;
import org.recourse.testing.Poll;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;
import org.recourse.webhook.WebhookSignature;

/**
 * The platform link from outside, against a real Payara Micro and a real HTTP receiver (the JDK's server, standing in
 * for the platform): API keys made and revoked on the admin page, content registered and asked, and signed webhooks
 * that arrive in order, at least once, through an outage, and from the dead-letter list after an admin's retry.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Platform link: API keys, content, visibility and signed webhooks on Payara Micro")
class PlatformLinkIT {

    private static final Map<String, String> DATABASE = Deployments.h2("platform-link");
    private static final String ADMIN_PASSWORD = "first portal password 42";
    private static final String SECRET = "whsec_the-platforms-own-secret-for-tests";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern ISSUED_KEY = Pattern.compile("id=\"issued-key\">(rk_[A-Za-z0-9_-]+)<");
    private static WebhookReceiver receiver;
    private static StaffClient admin;
    private static String registerKey;
    private static String readKey;

    @ArquillianResource
    URL base;
    /**
     * The address Arquillian gave, kept for the nested classes: JUnit makes a fresh instance of this class for their
     * tests, and Arquillian fills in only the nested instance (it runs them after this class's own tests).
     */
    private static URL deployed;

    Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        receiver = WebhookReceiver.start();
        Map<String, String> settings = new HashMap<>(DATABASE);
        settings.put("recourse.demo.enabled", "false");
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.jobs.webhook-interval", "PT1S");
        settings.put("recourse.webhooks.retry.first-delay", "PT1S");
        settings.put("recourse.webhooks.retry.max-delay", "PT2S");
        settings.put("recourse.webhooks.give-up-after", "PT8S");
        // The test's receiver stands in for a platform on the same premises: its loopback range is allowed by name.
        settings.put("recourse.webhooks.allowed-private-ranges", "127.0.0.0/8");
        return Deployments.recourse(settings);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void arrange() throws Exception {
        if (base == null) {
            base = deployed;
        } else {
            deployed = base;
        }
        http = new Http(base.toURI());
        receiver.answerWith(204);
        if (admin == null) {
            admin = SignedInAdmins.of(base, ADMIN_PASSWORD);
            registerKey = makeKey("Uploads service", "content:register");
            readKey = makeKey("Media service", "content:read");
            admin.get("/staff/admin/webhooks");
            admin.submit("/staff/admin/webhooks", "webhooks", "webhooks:register",
                    Map.of("webhooks:endpointUrl", receiver.url(), "webhooks:endpointSecret", SECRET));
            assertThat(admin.lastPage()).contains("id=\"issued-secret\">" + SECRET + "<");
        }
    }

    private static String makeKey(String name, String scope) {
        admin.get("/staff/admin/clients");
        admin.submit("/staff/admin/clients", "clients", "clients:create",
                Map.of("clients:clientName", name, "clients:clientScopes", scope));
        Matcher key = ISSUED_KEY.matcher(admin.lastPage());
        assertThat(key.find()).as("the new key, shown once").isTrue();
        return key.group(1);
    }

    private TestDatabase database() {
        return TestDatabase.h2(DATABASE.get("recourse.db.url"));
    }

    private HttpResponse<String> register(String contentId, String key) {
        return http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId + "\",\"url\":\"https://platform.example/p/"
                + contentId + "\",\"mediaType\":\"image/png\",\"uploaderId\":\"user-7\",\"bytes\":\""
                + Base64.getEncoder().encodeToString(("picture " + contentId).getBytes()) + "\"}",
                "Authorization", "Bearer " + key);
    }

    private HttpResponse<String> visibility(String contentId) {
        return http.get("/api/v1/content/" + contentId, "Authorization", "Bearer " + readKey);
    }

    private String report(String contentId) {
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"other_harmful\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return Http.json(filed).getString("reference").replace("-", "");
    }

    private void decide(String reference, String decision, String reason) {
        long caseId = database().count("select case_id from report where reference = ?", reference);
        admin.get("/staff/case?id=" + caseId);
        admin.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        admin.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", decision, "review:items:0:reason", reason));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** The accepted visibility events of one item, in the order they arrived (its statements of reasons aside). */
    private static List<JsonObject> eventsFor(String contentId) {
        return receiver.accepted().stream().map(r -> json(r.body()))
                .filter(e -> e.getString("type").startsWith("content."))
                .filter(e -> contentId.equals(e.getJsonObject("data").getString("contentId"))).toList();
    }

    @Test
    @DisplayName("OpenAPI: every API operation has a summary and an example; those needing a key document 401 and 403")
    void openApiIsComplete() {
        // Act
        HttpResponse<String> described = http.get("/openapi", "Accept", "application/json");

        // Assert
        assertThat(described.statusCode()).isEqualTo(200);
        JsonObject paths = json(described.body()).getJsonObject("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            JsonObject operation = value.asJsonObject();
            String name = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
            operations.add(name);
            assertThat(operation.getString("summary", "")).as("summary of %s", name).isNotBlank();
            assertThat(operation.toString()).as("an example in %s", name).contains("\"examples\"");
            if (operation.containsKey("security")) {
                JsonObject responses = operation.getJsonObject("responses");
                for (String status : List.of("401", "403")) {
                    assertThat(responses.containsKey(status)).as("%s documents %s", name, status).isTrue();
                    assertThat(responses.getJsonObject(status).getJsonObject("content")
                            .containsKey("application/problem+json")).as("%s %s is problem+json", name, status)
                            .isTrue();
                }
            }
        }));
        assertThat(operations).contains("POST /api/v1/reports", "GET /api/v1/reports/{reference}",
                "POST /api/v1/content", "GET /api/v1/content/{contentId}", "POST /api/v1/content/visibility",
                "POST /api/v1/screen", "POST /api/v1/accounts/screen", "POST /api/v1/text/screen");
        assertThat(paths.getJsonObject("/api/v1/screen").getJsonObject("post").getJsonObject("responses")
                .getJsonObject("403").toString()).contains("This key may not do that");
    }

    @Test
    @DisplayName("keys: none, wrong, other scope, revoked → 401/403 problem+json; a new key works at once")
    void keys() {
        // Act
        HttpResponse<String> none = http.get("/api/v1/content/x");
        HttpResponse<String> wrong = http.get("/api/v1/content/x", "Authorization", "Bearer rk_abcdefghjk_"
                + "A".repeat(43));
        HttpResponse<String> otherScope = http.get("/api/v1/content/x", "Authorization", "Bearer " + registerKey);
        String fresh = makeKey("Short-lived", "content:read");
        HttpResponse<String> freshWorks = http.get("/api/v1/content/nope", "Authorization", "Bearer " + fresh);

        // Assert
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"recourse\"");
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Http.json(none).getString("title")).isEqualTo("An API key is required");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Http.json(wrong).getString("title")).isEqualTo("This API key is not valid");
        assertThat(otherScope.statusCode()).isEqualTo(403);
        assertThat(Http.json(otherScope).getString("detail")).contains("content:read");
        assertThat(freshWorks.statusCode()).as("a new key works at once").isEqualTo(404);

        // Act: the admin revokes it
        admin.get("/staff/admin/clients");
        Matcher row = Pattern.compile("(?s)Short-lived.*?name=\"(clients:list:\\d+:revoke)\"").matcher(admin.lastPage());
        assertThat(row.find()).isTrue();
        admin.submit("/staff/admin/clients", "clients", row.group(1), Map.of());

        // Assert: refused at once, and the filing of reports still needs no key
        assertThat(http.get("/api/v1/content/nope", "Authorization", "Bearer " + fresh).statusCode()).isEqualTo(401);
        assertThat(admin.lastPage()).doesNotContain(fresh);
        assertThat(http.get("/api/v1/reports/0000-0000-0000-0000").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("one new contentId registered twice at the same moment: 201 and 200, one row, never 500")
    void sameRegistrationAtOnce() throws Exception {
        // Act
        int rounds = 12;
        List<List<Integer>> statuses = AtOnce.pairs(rounds, round -> {
            String contentId = "race-" + round + "-" + Long.toString(System.nanoTime(), 36);
            return List.of(() -> register(contentId, registerKey), () -> register(contentId, registerKey));
        });

        // Assert
        assertThat(statuses).as("statuses per round").containsOnly(List.of(200, 201));
        assertThat(database().count("select count(*) from content_item where platform_content_id like 'race-%'"))
                .isEqualTo(rounds);
    }

    @Test
    @DisplayName("register, ask, report: hidden at once; the same registration twice is fine, another refused")
    void registerAndAsk() {
        // Act
        HttpResponse<String> created = register("img-100", registerKey);
        HttpResponse<String> again = register("img-100", registerKey);
        HttpResponse<String> conflicting = http.postJson("/api/v1/content", "{\"contentId\":\"img-100\",\"url\":"
                + "\"https://elsewhere.example/x\",\"mediaType\":\"image/png\",\"sha256\":\"" + "ab".repeat(32) + "\"}",
                "Authorization", "Bearer " + registerKey);
        JsonObject before = Http.json(visibility("img-100"));
        report("img-100");
        JsonObject after = Http.json(visibility("img-100"));
        HttpResponse<String> batch = http.postJson("/api/v1/content/visibility",
                "{\"contentIds\":[\"img-100\",\"never-registered\"]}", "Authorization", "Bearer " + readKey);

        // Assert
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/content/img-100"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(conflicting.statusCode()).isEqualTo(409);
        assertThat(before.getString("visibility")).isEqualTo("VISIBLE");
        assertThat(before.getBoolean("served")).isTrue();
        assertThat(after.getString("visibility")).isEqualTo("HIDDEN_PENDING_REVIEW");
        assertThat(after.getBoolean("served")).isFalse();
        assertThat(after.getJsonNumber("sequence").longValue()).isEqualTo(1);
        assertThat(Http.json(batch).getJsonArray("items")).hasSize(1);
        assertThat(Http.json(batch).getJsonArray("unknown").getString(0)).isEqualTo("never-registered");
        assertThat(database().query("select sha256, uploader_id from content_item where platform_content_id = ?",
                "img-100").get(0)).containsEntry("uploader_id", "user-7");
    }

    @Test
    @DisplayName("bad input gets a clear problem+json and changes nothing")
    void badInput() {
        // Arrange
        long items = database().count("select count(*) from content_item");
        String tooMany = IntStream.rangeClosed(1, 1001).mapToObj(i -> "\"id-" + i + "\"")
                .collect(Collectors.joining(",", "{\"contentIds\":[", "]}"));

        // Act
        HttpResponse<String> malformed = http.postJson("/api/v1/content", "{\"contentId\":", "Authorization",
                "Bearer " + registerKey);
        HttpResponse<String> fields = http.postJson("/api/v1/content", "{\"contentId\":\"bad id!\",\"url\":\"ftp://x\","
                + "\"mediaType\":7,\"sha256\":\"xyz\",\"colour\":\"red\"}", "Authorization", "Bearer " + registerKey);
        HttpResponse<String> unknown = visibility("never-registered");
        HttpResponse<String> batch = http.postJson("/api/v1/content/visibility", tooMany, "Authorization",
                "Bearer " + readKey);
        HttpResponse<String> huge = http.postJson("/api/v1/content/visibility", "{\"contentIds\":[\""
                + "x".repeat(600 * 1024) + "\"]}", "Authorization", "Bearer " + readKey);

        // Assert
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(Http.json(malformed).getString("detail")).contains("not valid JSON");
        assertThat(fields.statusCode()).isEqualTo(422);
        assertThat(Http.json(fields).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field"))
                .toList()).contains("contentId", "url", "mediaType", "sha256", "colour");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(batch.statusCode()).isEqualTo(422);
        assertThat(Http.json(batch).getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("1,000", "1,001");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(database().count("select count(*) from content_item")).isEqualTo(items);
    }

    @Test
    @DisplayName("webhooks: signed, with an idempotency key, in order per item; a changed or replayed one is detectable")
    void signedAndOrdered() {
        // Arrange
        register("img-200", registerKey);

        // Act
        String reference = report("img-200");
        decide(reference, "REMOVE", "OTHER_VIOLATION");
        List<JsonObject> events = Poll.until(PATIENCE, () -> eventsFor("img-200"), found -> found.size() >= 2,
                "two events for img-200");

        // Assert: in order
        assertThat(events).extracting(e -> e.getString("type")).containsExactly("content.hidden", "content.removed");
        assertThat(events).extracting(e -> e.getJsonObject("data").getJsonNumber("sequence").longValue())
                .containsExactly(1L, 2L);

        // Assert: signed, verifiable, tamper- and replay-evident
        WebhookReceiver.Received hidden = receiver.accepted().stream()
                .filter(r -> r.body().contains("img-200") && r.body().contains("content.hidden")).findFirst().orElseThrow();
        String signature = hidden.header("Recourse-Signature");
        assertThat(WebhookSignature.verify(SECRET, signature, hidden.body(), hidden.at(), WebhookSignature.TOLERANCE))
                .isTrue();
        assertThat(WebhookSignature.verify(SECRET, signature, hidden.body().replace("HIDDEN", "VISIBLE"), hidden.at(),
                WebhookSignature.TOLERANCE)).as("altered").isFalse();
        assertThat(WebhookSignature.verify(SECRET, signature, hidden.body(), hidden.at().plus(Duration.ofMinutes(10)),
                WebhookSignature.TOLERANCE)).as("replayed later").isFalse();
        assertThat(hidden.header("Idempotency-Key")).isEqualTo(json(hidden.body()).getString("id"))
                .isEqualTo(hidden.header("Recourse-Event-Id"));
        assertThat(hidden.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    @DisplayName("while the platform is down events wait; after it recovers every one arrives, in order, none twice")
    void outageThenRecovery() {
        // Arrange
        List<String> ids = List.of("img-301", "img-302", "img-303");
        ids.forEach(id -> register(id, registerKey));
        receiver.answerWith(503);

        // Act: changes while the platform answers 503
        List<String> references = new ArrayList<>();
        ids.forEach(id -> references.add(report(id)));
        decide(references.get(0), "RESTORE", "NO_VIOLATION");
        Poll.until(PATIENCE, () -> receiver.received().stream().filter(r -> r.answered() == 503).count(),
                count -> count >= 3, "attempts refused while down");
        receiver.answerWith(204);

        // Assert
        Poll.until(PATIENCE, () -> ids.stream().mapToInt(id -> eventsFor(id).size()).sum(), sum -> sum >= 4,
                "every event after the recovery");
        assertThat(eventsFor("img-301")).extracting(e -> e.getString("type"))
                .containsExactly("content.hidden", "content.restored");
        assertThat(eventsFor("img-302")).extracting(e -> e.getString("type")).containsExactly("content.hidden");
        List<String> accepted = receiver.accepted().stream().map(r -> r.header("Idempotency-Key")).toList();
        assertThat(accepted).doesNotHaveDuplicates();
        // The statements of reasons queue behind each item's visibility events: all are delivered in the end.
        Poll.until(PATIENCE, () -> database().count("select count(*) from webhook_delivery where status = 'PENDING'"),
                count -> count == 0, "every delivery sent");
    }

    @Test
    @DisplayName("a delivery that gives up is listed for admins, and an admin's retry delivers it")
    void deadLetterRetried() {
        // Arrange
        register("img-400", registerKey);
        receiver.answerWith(500);
        report("img-400");

        // Act: past the deadline (8 s here) the delivery is dead
        Poll.until(PATIENCE, () -> database().count("select count(*) from webhook_delivery d where d.status = 'DEAD' "
                + "and d.event_type = 'content.hidden' and d.payload like '%img-400%'"), count -> count == 1, "the delivery for img-400 to give up");
        receiver.answerWith(204);
        admin.get("/staff/admin/webhooks");
        Matcher row = Pattern.compile("(?s)<tr[^>]*>(?:(?!</tr>).)*?content\\.hidden(?:(?!</tr>).)*?"
                + "name=\"(webhooks:dead:\\d+:retry)\"").matcher(admin.lastPage());
        assertThat(row.find()).as("a Retry button for the dead delivery").isTrue();
        assertThat(admin.lastPage()).contains("HTTP 5xx").doesNotContain("HTTP 500");
        admin.submit("/staff/admin/webhooks", "webhooks", row.group(1), Map.of());

        // Assert
        assertThat(admin.lastPage()).contains("The delivery will be tried again at the next run.");
        Poll.until(PATIENCE, () -> eventsFor("img-400"), found -> found.size() == 1, "the retried event");
        assertThat(database().count("select count(*) from audit_event where action = 'webhook.retried'"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("health: live and ready with the database and the outboxes; metrics count what happened, for this machine")
    void operations() throws java.net.UnknownHostException {
        // Arrange
        register("img-500", registerKey);
        report("img-500");

        // Act
        HttpResponse<String> ready = http.get("/health/ready");
        HttpResponse<String> live = http.get("/health/live");
        // Without a scrape token, metrics are this machine's only: asked over loopback, not through a proxy (which
        // connects from here too, but says so), and not from another address (Arquillian's base URL is this machine's
        // network address, so a request to it arrives from a peer that is not loopback).
        Http local = new Http(URI.create("http://127.0.0.1:" + base.getPort()));
        HttpResponse<String> metrics = local.get("/metrics?scope=application");
        HttpResponse<String> proxied = local.get("/metrics?scope=application", "X-Forwarded-For", "203.0.113.9");
        HttpResponse<String> fromElsewhere = http.get("/metrics?scope=application");

        // Assert
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"", "\"outboxes\"", "webhooksPending");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("recourse_reports_received_total", "recourse_items_hidden_total",
                "recourse_webhook_pending", "recourse_outbox_pending");
        assertThat(metrics.body() + ready.body()).doesNotContain("img-500", "@");
        assertThat(proxied.statusCode()).isEqualTo(404);
        assertThat(proxied.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(proxied.body()).doesNotContain("recourse_");
        org.junit.jupiter.api.Assumptions.assumeFalse(java.net.InetAddress.getByName(base.getHost())
                .isLoopbackAddress(), "the base URL is a loopback address here: no other peer to ask from");
        assertThat(fromElsewhere.statusCode()).isEqualTo(404);
        assertThat(fromElsewhere.body()).doesNotContain("recourse_");
    }

    /** The client a platform engineer generates from /openapi, tried on this same portal (no Payara of its own). */
    @Nested
    @DisplayName("A client generated from /openapi: the document validates, and the generated Java client works")
    class GeneratedClient extends GeneratedClientContract {

        @Override
        URL portal() {
            return PlatformLinkIT.this.base;
        }
    }
}
