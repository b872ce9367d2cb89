package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.clients.ApiKey;
import org.recourse.testing.Http;
import org.recourse.testing.Poll;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;
import org.recourse.webhook.WebhookSignature;

/**
 * Statements of reasons from outside, against a real Payara Micro and the test's webhook receiver: a report hides an
 * item and its statement says so; the removal is version 2, superseding it, and the uploader's ban has its own; each
 * reaches the platform as a signed {@code statement.issued} and is read back by API; a blocked re-upload gets
 * UPLOAD_BLOCKED. Never a word of the reporter's.
 */
abstract class StatementsContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    static final String SECRET = "whsec_the-platforms-own-secret-for-statements";
    static final String APPEALS = "https://platform.example/help/appeal";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String REPORTER_WORDS = "Reporter's own secret words";
    private static final String REPORTER_EMAIL = "reporter-statements@example.org";
    private static final Map<String, Map<String, Object>> PORTALS = new HashMap<>();

    URL base;

    /** The portal under test: the shared deployment this contract runs in, as a nested class. */
    abstract URL portal();

    Http http;
    private Map<String, Object> portal;

    abstract TestDatabase database();

    abstract WebhookReceiver receiver();

    /** This contract's settings, merged into the shared portal's. */
    static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("recourse.demo.enabled", "false");
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.jobs.webhook-interval", "PT1S");
        settings.put("recourse.webhooks.retry.first-delay", "PT1S");
        settings.put("recourse.webhooks.retry.max-delay", "PT2S");
        settings.put("recourse.webhooks.allowed-private-ranges", "127.0.0.0/8");
        settings.put("recourse.statements.appeal-address", APPEALS);
        settings.put("recourse.statements.ground.non_consensual_intimate_image", "Our Terms, section 4.2: intimate images");
        return settings;
    }

    @BeforeEach
    void arrange() throws Exception {
        base = portal();
        http = new Http(base.toURI());
        portal = PORTALS.computeIfAbsent(base.toString(), c -> new HashMap<>());
        if (!portal.isEmpty()) {
            return;
        }
        StaffClient admin = SignedInAdmins.of(base, ADMIN_PASSWORD);
        ApiKey key = ApiKey.generate();
        ApiKey registerOnly = ApiKey.generate();
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values (?, ?, ?, ?, ?, 'test')""")) {
            for (Object[] client : List.of(new Object[] {"Platform", key, "content:register content:read screen"},
                    new Object[] {"Register only", registerOnly, "content:register"})) {
                insert.setString(1, (String) client[0]);
                insert.setString(2, ((ApiKey) client[1]).prefix());
                insert.setString(3, ((ApiKey) client[1]).hash());
                insert.setString(4, (String) client[2]);
                insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }
        admin.get("/staff/admin/webhooks");
        admin.submit("/staff/admin/webhooks", "webhooks", "webhooks:register",
                Map.of("webhooks:endpointUrl", receiver().url(), "webhooks:endpointSecret", SECRET));
        portal.put("admin", admin);
        portal.put("key", key.value());
        portal.put("registerOnly", registerOnly.value());
    }

    private StaffClient admin() {
        return (StaffClient) portal.get("admin");
    }

    private String bearer() {
        return "Bearer " + portal.get("key");
    }

    private static byte[] bytesOf(String contentId) {
        return ("picture " + contentId).getBytes(StandardCharsets.UTF_8);
    }

    private void register(String contentId, String uploader) {
        HttpResponse<String> answer = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"image/png\","
                + "\"uploaderId\":\"" + uploader + "\",\"bytes\":\""
                + Base64.getEncoder().encodeToString(bytesOf(contentId)) + "\"}", "Authorization", bearer());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    private JsonObject report(String contentId, String category) {
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"" + category + "\",\"details\":\"" + REPORTER_WORDS + "\",\"contact\":"
                + "{\"email\":\"" + REPORTER_EMAIL + "\",\"consent\":true}}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return Http.json(filed);
    }

    private long caseOf(JsonObject receipt) {
        return database().count("select case_id from report where reference = ?",
                receipt.getString("reference").replace("-", ""));
    }

    private void decide(long caseId, String decision, String reason) {
        admin().get("/staff/case?id=" + caseId);
        admin().submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        admin().submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", decision, "review:items:0:reason", reason));
        assertThat(admin().lastPage()).doesNotContain("id=\"review-error\"");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** The statements the platform received about a content item (its own and its uploader's), in order. */
    private List<JsonObject> statementsFor(String contentId) {
        return receiver().accepted().stream().map(r -> json(r.body()))
                .filter(e -> e.getString("type").equals("statement.issued"))
                .map(e -> e.getJsonObject("data"))
                .filter(d -> contentId.equals(d.getString("contentId", null))).toList();
    }

    private List<JsonObject> waitFor(String contentId, int statements) {
        return Poll.until(PATIENCE, () -> statementsFor(contentId), found -> found.size() >= statements,
                statements + " statement(s) for " + contentId);
    }

    private JsonObject read(String path) {
        HttpResponse<String> answer = http.get(path, "Authorization", bearer());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    @Test
    @DisplayName("a report hides: HIDDEN_PENDING_REVIEW; the removal is version 2 superseding it, the ban its own; "
            + "each arrives signed as statement.issued, reads back by API, and holds nothing of the reporter")
    void reportThenRemoval() {
        // Arrange
        register("sor-nci-1", "user-sor");

        // Act: a report hides it
        JsonObject receipt = report("sor-nci-1", "non_consensual_intimate_image");

        // Assert
        JsonObject hidden = waitFor("sor-nci-1", 1).get(0);
        assertThat(hidden.getString("restriction")).isEqualTo("HIDDEN_PENDING_REVIEW");
        assertThat(hidden.getInt("version")).isEqualTo(1);
        assertThat(hidden.getJsonObject("facts").getString("detection")).isEqualTo("REPORT");
        assertThat(hidden.getJsonObject("facts").getString("category")).isEqualTo("non_consensual_intimate_image");
        assertThat(hidden.getJsonObject("ground").getString("policyClause"))
                .isEqualTo("Our Terms, section 4.2: intimate images");
        assertThat(hidden.getJsonObject("ground").getBoolean("illegal")).isTrue();
        assertThat(hidden.getBoolean("automatedDetection")).isFalse();
        assertThat(hidden.getString("automatedDecision")).isEqualTo("FULLY");
        assertThat(hidden.getJsonObject("redress").getString("address")).isEqualTo(APPEALS);
        assertThat(OffsetDateTime.parse(hidden.getJsonObject("redress").getString("appealUntil")))
                .isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusMonths(6).minusDays(1));
        assertThat(hidden.getJsonObject("text").getJsonObject("fr-CA").getString("title"))
                .isEqualTo("Exposé des motifs");
        assertThat(read("/api/v1/statements/" + hidden.getString("id"))).isEqualTo(hidden);

        // Act: a reviewer removes it
        decide(caseOf(receipt), "REMOVE", "NON_CONSENSUAL_INTIMATE_IMAGE");

        // Assert: version 2 supersedes version 1, which is kept and points at it; the ban has its own line
        List<JsonObject> issued = waitFor("sor-nci-1", 3);
        JsonObject removed = issued.stream().filter(s -> s.getString("restriction").equals("REMOVED")).findFirst()
                .orElseThrow();
        assertThat(removed.getInt("version")).isEqualTo(2);
        assertThat(removed.getString("supersedes")).isEqualTo(hidden.getString("id"));
        assertThat(removed.getJsonObject("facts").getString("decisionReason"))
                .isEqualTo("NON_CONSENSUAL_INTIMATE_IMAGE");
        assertThat(removed.getString("automatedDecision")).isEqualTo("NOT_AUTOMATED");
        JsonObject banned = issued.stream().filter(s -> s.getString("restriction").equals("UPLOADER_BANNED"))
                .findFirst().orElseThrow();
        assertThat(banned.getString("scope")).isEqualTo("ACCOUNT");
        assertThat(banned.getString("uploaderId")).isEqualTo("user-sor");
        assertThat(banned.getInt("version")).isEqualTo(1);
        assertThat(banned.getString("automatedDecision")).isEqualTo("PARTIALLY");
        JsonObject first = read("/api/v1/statements/" + hidden.getString("id"));
        assertThat(first.getString("supersededBy")).isEqualTo(removed.getString("id"));
        assertThat(first.getString("restriction")).isEqualTo("HIDDEN_PENDING_REVIEW");
        JsonObject all = read("/api/v1/content/sor-nci-1/statements");
        assertThat(all.getString("current")).isEqualTo(removed.getString("id"));
        assertThat(all.getJsonArray("statements")).hasSize(3);
        assertThat(database().count("select count(*) from statement_of_reasons where platform_content_id = ?",
                "sor-nci-1")).isEqualTo(3);

        // Assert: signed like every webhook, and nothing of the reporter anywhere
        WebhookReceiver.Received delivery = receiver().accepted().stream()
                .filter(r -> r.body().contains(removed.getString("id")) && r.body().contains("statement.issued"))
                .findFirst().orElseThrow();
        assertThat(delivery.header("Recourse-Event-Type")).isEqualTo("statement.issued");
        assertThat(WebhookSignature.verify(SECRET, delivery.header("Recourse-Signature"), delivery.body(),
                delivery.at(), WebhookSignature.TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify("whsec_someone-elses-secret", delivery.header("Recourse-Signature"),
                delivery.body(), delivery.at(), WebhookSignature.TOLERANCE)).isFalse();
        assertThat(receiver().received()).filteredOn(r -> r.body().contains("statement.issued"))
                .noneMatch(r -> r.body().contains(REPORTER_WORDS) || r.body().contains(REPORTER_EMAIL)
                        || r.body().contains(receipt.getString("reference")));
        assertThat(all.toString()).doesNotContain(REPORTER_WORDS, REPORTER_EMAIL, receipt.getString("reference"));
    }

    @Test
    @DisplayName("an upload of removed content is blocked by screening: UPLOAD_BLOCKED, a hash match of its kind "
            + "of bank, detected and decided by automated means")
    void screeningBlock() throws Exception {
        // Arrange: removed content is banked
        register("sor-orig-2", "user-orig");
        decide(caseOf(report("sor-orig-2", "child_sexual_imagery")), "REMOVE", "CHILD_SEXUAL_ABUSE_MATERIAL");
        waitFor("sor-orig-2", 2);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytesOf("sor-orig-2")));

        // Act
        HttpResponse<String> screened = http.postJson("/api/v1/screen", "{\"contentId\":\"sor-copy-2\",\"url\":"
                + "\"https://platform.example/p/sor-copy-2\",\"mediaType\":\"image/png\",\"uploaderId\":\"user-copy\","
                + "\"sha256\":\"" + sha256 + "\"}", "Authorization", bearer());

        // Assert
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        assertThat(Http.json(screened).getString("verdict")).isEqualTo("BLOCK");
        JsonObject blocked = waitFor("sor-copy-2", 1).get(0);
        assertThat(blocked.getString("restriction")).isEqualTo("UPLOAD_BLOCKED");
        assertThat(blocked.getJsonObject("facts").getString("detection")).isEqualTo("HASH_MATCH");
        assertThat(blocked.getJsonObject("facts").getString("bankKind")).isEqualTo("CHILD_SEXUAL_IMAGERY");
        assertThat(blocked.getBoolean("automatedDetection")).isTrue();
        assertThat(blocked.getString("automatedDecision")).isEqualTo("FULLY");
        assertThat(read("/api/v1/content/sor-copy-2/statements").getJsonArray("statements")).hasSize(1);
    }

    /** The webhooks of this type the platform received about this uploader, in order. */
    private List<JsonObject> eventsFor(String type, String uploaderId) {
        return receiver().accepted().stream().map(r -> json(r.body()))
                .filter(e -> e.getString("type").equals(type))
                .filter(e -> uploaderId.equals(e.getJsonObject("data").getString("uploaderId", null))).toList();
    }

    private JsonObject screen(String body) {
        HttpResponse<String> screened = http.postJson("/api/v1/screen", body, "Authorization", bearer());
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        return Http.json(screened);
    }

    @Test
    @DisplayName("a ban from the bans page, an upload it blocks without a content id, and the lift: each has its "
            + "statement, the upload's named by the SHA-256 of its bytes and given in the answer, the lift version 2 "
            + "of the ban's, with uploader.unbanned")
    void banByHandBlockedUploadAndLift() throws Exception {
        // Arrange: a supervisor bans an uploader from the bans page, with a reason that names someone
        admin().get("/staff/supervise/bans");
        admin().submit("/staff/supervise/bans", "bans", "bans:ban", Map.of("bans:banUploader", "user-hand",
                "bans:banReason", "Ban evasion confirmed by Jane Doe of the security team"));
        JsonObject banned = Poll.until(PATIENCE, () -> eventsFor("statement.issued", "user-hand"),
                found -> !found.isEmpty(), "the ban's statement").get(0).getJsonObject("data");
        byte[] bytes = "an upload by a banned account".getBytes(StandardCharsets.UTF_8);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        // Act: the banned account uploads, and the platform screens it without a content id (twice)
        String upload = "{\"mediaType\":\"application/octet-stream\",\"uploaderId\":\"user-hand\","
                + "\"bytes\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
        JsonObject verdict = screen(upload);
        JsonObject again = screen(upload);

        // Assert: the ban rests on the staff's decision, never on the supervisor's words
        assertThat(banned.getString("restriction")).isEqualTo("UPLOADER_BANNED");
        assertThat(banned.getString("scope")).isEqualTo("ACCOUNT");
        assertThat(banned.getJsonObject("facts").getString("detection")).isEqualTo("STAFF_DECISION");
        assertThat(banned.getString("automatedDecision")).isEqualTo("NOT_AUTOMATED");
        assertThat(banned.toString()).doesNotContain("Jane Doe");
        // Assert: the blocked upload's statement, in the answer and by API, named by its bytes' hash
        assertThat(verdict.getString("verdict")).isEqualTo("BLOCK");
        assertThat(verdict.containsKey("caseNumber")).isFalse();
        assertThat(again.getString("statementId")).isEqualTo(verdict.getString("statementId"));
        JsonObject blocked = read("/api/v1/statements/" + verdict.getString("statementId"));
        assertThat(blocked.getString("scope")).isEqualTo("UPLOAD");
        assertThat(blocked.getString("restriction")).isEqualTo("UPLOAD_BLOCKED");
        assertThat(blocked.getJsonObject("upload").getString("hashType")).isEqualTo("sha256");
        assertThat(blocked.getJsonObject("upload").getString("hash")).isEqualTo(sha256);
        assertThat(blocked.getJsonObject("facts").getString("detection")).isEqualTo("SCREENING_RULE");
        assertThat(blocked.getJsonObject("text").getJsonObject("en").getJsonArray("lines").toString())
                .contains("the file whose SHA256 fingerprint is " + sha256);
        assertThat(database().count("select count(*) from statement_of_reasons where subject_key = ?",
                "upload:sha256:" + sha256)).isEqualTo(1);

        // Act: the supervisor lifts the ban
        admin().get("/staff/supervise/bans");
        Matcher lift = Pattern.compile("(?s)user-hand</code>.*?name=\"(bans:list:\\d+:lift)\"")
                .matcher(admin().lastPage());
        assertThat(lift.find()).isTrue();
        admin().submit("/staff/supervise/bans", "bans", lift.group(1),
                Map.of("bans:liftReason", "The platform confirmed the account was taken over."));

        // Assert: the end of the restriction is version 2 of the ban's line, with the webhook and by API
        JsonObject unbanned = Poll.until(PATIENCE, () -> eventsFor("uploader.unbanned", "user-hand"),
                found -> !found.isEmpty(), "uploader.unbanned").get(0).getJsonObject("data");
        JsonObject ended = unbanned.getJsonObject("statementOfReasons");
        assertThat(ended.getString("restriction")).isEqualTo("BAN_LIFTED");
        assertThat(ended.getInt("version")).isEqualTo(2);
        assertThat(ended.getString("supersedes")).isEqualTo(banned.getString("id"));
        assertThat(ended.getJsonObject("redress").getBoolean("appealOpen")).isFalse();
        assertThat(ended.getJsonObject("text").getJsonObject("fr-CA").getJsonArray("lines").getString(0))
                .startsWith("La restriction du compte a pris fin");
        assertThat(read("/api/v1/statements/" + ended.getString("id")).getString("restriction"))
                .isEqualTo("BAN_LIFTED");
        assertThat(read("/api/v1/statements/" + banned.getString("id")).getString("supersededBy"))
                .isEqualTo(ended.getString("id"));
        assertThat(unbanned.toString()).doesNotContain("taken over");
    }

    @Test
    @DisplayName("a text the phrase lists block has a statement named by the SHA-256 of the text, never the text")
    void blockedText() throws Exception {
        // Arrange
        String text = "I kn0w wh3re y0u l i v e";

        // Act
        HttpResponse<String> screened = http.postJson("/api/v1/text/screen", "{\"text\":\"" + text
                + "\",\"language\":\"en\"}", "Authorization", bearer());

        // Assert
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        assertThat(Http.json(screened).getString("verdict")).isEqualTo("BLOCK");
        JsonObject statement = read("/api/v1/statements/" + Http.json(screened).getString("statementId"));
        assertThat(statement.getString("restriction")).isEqualTo("UPLOAD_BLOCKED");
        assertThat(statement.getJsonObject("facts").getString("detection")).isEqualTo("PHRASE_MATCH");
        assertThat(statement.getJsonObject("upload").getString("hash")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(statement.toString()).doesNotContain("kn0w");
    }

    @Test
    @DisplayName("the API: 404 problem+json for an unknown or malformed id and unknown content, 401 without a key, "
            + "403 without the read scope")
    void apiRefusals() {
        // Act
        HttpResponse<String> unknown = http.get("/api/v1/statements/sor_" + "0".repeat(26), "Authorization", bearer());
        HttpResponse<String> malformed = http.get("/api/v1/statements/%27%3Bdrop", "Authorization", bearer());
        HttpResponse<String> noContent = http.get("/api/v1/content/never-registered/statements",
                "Authorization", bearer(), "Accept-Language", "fr-CA");
        HttpResponse<String> noKey = http.get("/api/v1/statements/sor_" + "0".repeat(26));
        HttpResponse<String> wrongScope = http.get("/api/v1/content/sor-nci-1/statements",
                "Authorization", "Bearer " + portal.get("registerOnly"));

        // Assert
        for (HttpResponse<String> answer : List.of(unknown, malformed, noContent)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(Http.json(malformed).getString("detail")).isEqualTo(Http.json(unknown).getString("detail"))
                .isEqualTo("No statement of reasons has this id.");
        assertThat(Http.json(malformed).getString("title")).isEqualTo(Http.json(unknown).getString("title"));
        assertThat(Http.json(noContent).getString("title")).isEqualTo("Contenu non enregistré");
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(wrongScope.statusCode()).isEqualTo(403);
    }
}
