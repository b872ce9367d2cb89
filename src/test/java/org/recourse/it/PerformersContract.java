package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.clients.ApiKey;
import org.recourse.testing.AtOnce;
import org.recourse.testing.Http;
import org.recourse.testing.Poll;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

/**
 * Adult content's performer records on a real portal (issue 17 §3): the platform registers a record and content
 * linked to it; a withdrawal, by the platform's API or by the person on the public page with JavaScript off (plain
 * form posts, English and French), hides every linked item at once (the visibility API says so), opens a case and holds
 * a re-upload of the same bytes; a wrong reference answers the same page whatever was typed and is slowed; hostile
 * bodies get a specific problem and store nothing. Nested in {@link PreventionPortal}; ids are unique per test.
 */
abstract class PerformersContract {

    /** Slowing starts after two failures, so the test sees it without waiting long. */
    static final Map<String, String> SETTINGS = Map.of(
            "recourse.performers.withdrawal.free-failures", "2",
            "recourse.performers.withdrawal.first-delay", "PT2S",
            "recourse.performers.withdrawal.max-delay", "PT4S");

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern REFERENCE = Pattern.compile("\"withdrawalReference\":\"(cw_[0-9a-z]{20})\"");
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final Map<URL, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Set<URL> CONNECTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    abstract URL portal();

    abstract TestDatabase database();

    abstract WebhookReceiver receiver();

    Http http;
    String unique;

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(portal().toURI());
        unique = letters();
        keyFor(portal(), database());
        if (CONNECTED.add(portal())) {
            connectWebhooks();
        }
    }

    /**
     * Eight random letters, for ids no other test has. Letters only: a record id with seven digits in a row looks like
     * a document number and is refused (as it should be), so a random hex id would fail a run now and then.
     */
    static String letters() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    /** The API key of this part's platform service on this portal, made once (also for the page's browser walk). */
    static synchronized String keyFor(URL portal, TestDatabase database) throws Exception {
        if (KEYS.containsKey(portal)) {
            return KEYS.get(portal);
        }
        ApiKey key = ApiKey.generate();
        try (Connection connection = database.connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values ('Adult uploads', ?, ?, 'content:register content:read screen performers:write', ?, 'test')""")) {
            insert.setString(1, key.prefix());
            insert.setString(2, key.hash());
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        KEYS.put(portal, key.value());
        return key.value();
    }

    /** The shared receiver, once per portal (another part may have connected it already). */
    private void connectWebhooks() {
        if (database().count("select count(*) from webhook_endpoint where url = ? and active = true",
                receiver().url()) > 0) {
            return;
        }
        StaffClient admin = SignedInAdmins.of(portal(), PreventionPortal.ADMIN_PASSWORD);
        admin.get("/staff/admin/webhooks");
        admin.submit("/staff/admin/webhooks", "webhooks", "webhooks:register", Map.of("webhooks:endpointUrl",
                receiver().url(), "webhooks:endpointSecret", "whsec_performers-contract-secret-0123456789"));
    }

    private String[] key() {
        return new String[] {"Authorization", "Bearer " + KEYS.get(portal())};
    }

    /** A picture no other test has: its own colours, drawn here. */
    static byte[] picture(String seed) throws Exception {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed.hashCode());
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(160), random.nextInt(120), 10 + random.nextInt(80), 10 + random.nextInt(60));
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private void registerContent(String contentId, byte[] bytes) {
        registerContent(http, key(), contentId, bytes);
    }

    static void registerContent(Http http, String[] key, String contentId, byte[] bytes) {
        HttpResponse<String> registered = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"image/png\",\"bytes\":\""
                + Base64.getEncoder().encodeToString(bytes) + "\"}", key);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    static String recordBody(String recordId, String content) {
        return "{\"recordId\":\"" + recordId + "\",\"verification\":{\"method\":\"document_check\",\"verifiedOn\":"
                + "\"2026-11-30\",\"verifiedBy\":\"Yoti\"},\"consent\":{\"scope\":[\"Photo set Autumn, on "
                + "example.com\"],\"givenOn\":\"2026-11-30\",\"how\":\"signed_release\"},\"content\":" + content + "}";
    }

    /** Registers a record linked to these items; returns its withdrawal reference. */
    private String registerRecord(String recordId, String... contentIds) {
        return registerRecord(http, key(), recordId, contentIds);
    }

    static String registerRecord(Http http, String[] key, String recordId, String... contentIds) {
        String content = "[" + String.join(",", List.of(contentIds).stream().map(id -> "\"" + id + "\"").toList())
                + "]";
        HttpResponse<String> registered = http.postJson("/api/v1/performers", recordBody(recordId, content), key);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(registered.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/api/v1/performers/" + recordId));
        Matcher reference = REFERENCE.matcher(registered.body());
        assertThat(reference.find()).as(registered.body()).isTrue();
        return reference.group(1);
    }

    private String visibility(String contentId) {
        HttpResponse<String> answer = http.get("/api/v1/content/" + contentId, key());
        return Http.json(answer).getString("visibility");
    }

    /** The open case an item is on, with its category, or nothing. */
    private List<Map<String, Object>> openCase(String contentId) {
        return database().query("""
                select f.id, f.category, f.self_reported from case_item i join content_item c on c.id = i.content_id
                join case_file f on f.id = i.case_id where c.platform_content_id = ? and f.status <> 'CLOSED'""",
                contentId);
    }

    private JsonObject screen(byte[] bytes) {
        HttpResponse<String> answer = http.postJson("/api/v1/screen", "{\"uploaderId\":\"user-" + unique
                + "\",\"bytes\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}", key());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    private StaffClient person(String language) {
        StaffClient person = new StaffClient(URI.create(portal().toString()), "203.0.113." + (100
                + CLIENTS.incrementAndGet() % 150));
        person.get("/?lang=" + language);
        person.get("/consent/withdraw");
        return person;
    }

    @Test
    @DisplayName("the platform withdraws: linked items hidden, a case opened, the same bytes held, the platform told")
    void withdrawThroughTheApi() throws Exception {
        // Arrange
        byte[] bytes = picture(unique);
        String recordId = "perf-api-" + unique;
        registerContent("adult-" + unique, bytes);
        registerRecord(recordId, "adult-" + unique);
        HttpResponse<String> linked = http.postJson("/api/v1/performers/" + recordId + "/content",
                "{\"contentIds\":[\"adult-" + unique + "\",\"later-" + unique + "\"]}", key());
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(visibility("adult-" + unique)).isEqualTo("VISIBLE");

        // Act
        HttpResponse<String> withdrawn = http.postJson("/api/v1/performers/" + recordId + "/withdrawal", "", key());

        // Assert: at once, the item is hidden pending review on an open case of intimate imagery by the person shown
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(Http.json(withdrawn).getInt("itemsHidden")).isEqualTo(1);
        assertThat(visibility("adult-" + unique)).isEqualTo("HIDDEN_PENDING_REVIEW");
        assertThat(openCase("adult-" + unique)).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("category", "NON_CONSENSUAL_INTIMATE_IMAGE");
            assertThat(c.get("self_reported")).isEqualTo(true);
        });
        // Assert: the record is withdrawn, and says so; a second withdrawal changes nothing
        JsonObject state = Http.json(http.get("/api/v1/performers/" + recordId, key()));
        assertThat(state.getString("status")).isEqualTo("withdrawn");
        assertThat(state.getBoolean("inForce")).isFalse();
        assertThat(state.getString("withdrawnVia")).isEqualTo("api");
        assertThat(state.toString()).doesNotContain("cw_");
        HttpResponse<String> again = http.postJson("/api/v1/performers/" + recordId + "/withdrawal", "", key());
        assertThat(Http.json(again).getBoolean("already")).isTrue();
        assertThat(openCase("adult-" + unique)).hasSize(1);
        // Assert: a re-upload of the same bytes is held (or blocked), never allowed
        JsonObject verdict = screen(bytes);
        assertThat(verdict.getString("verdict")).as(verdict.toString()).isIn("HOLD", "BLOCK");
        // Assert: the platform is told, and the withdrawal is audited
        Poll.until(PATIENCE, () -> receiver().received().stream().map(WebhookReceiver.Received::body)
                .filter(b -> b.contains("performer.consent_withdrawn") && b.contains(recordId)).toList(),
                found -> !found.isEmpty(), "the performer.consent_withdrawn webhook");
        assertThat(database().count("select count(*) from audit_event where action = 'performer.consent.withdrawn'"
                + " and subject = ?", "performer:" + recordId)).isEqualTo(1);
    }

    @Test
    @DisplayName("an adult upload naming its performers: not stopped by the records while each is in force; once one "
            + "is withdrawn or unknown, verification is required, never ALLOW")
    void adultUploadsNeedRecordsInForce() throws Exception {
        // Arrange: two people shown, each with a record in force (the upload policy asks the real records)
        String first = "perf-upload-a-" + unique;
        String second = "perf-upload-b-" + unique;
        registerRecord(first);
        registerRecord(second);
        String established = "\"accountAgeDays\":900,\"verification\":\"identity_document\",\"contentClass\":\"adult\"";

        // Act
        JsonObject covered = screenAdult("{" + established + ",\"performers\":[\"" + first + "\",\"" + second + "\"]}");
        JsonObject unknown = screenAdult("{" + established + ",\"performers\":[\"" + first + "\",\"nobody-" + unique
                + "\"]}");
        HttpResponse<String> withdrawn = http.postJson("/api/v1/performers/" + second + "/withdrawal", "", key());
        JsonObject afterWithdrawal = screenAdult("{" + established + ",\"performers\":[\"" + first + "\",\"" + second
                + "\"]}");

        // Assert: every record in force, the fixed rule does not stop the upload
        assertThat(covered.getJsonObject("policy").getString("rule")).as(covered.toString())
                .isNotEqualTo("adult-performer-records");
        assertThat(covered.getString("verdict")).isNotEqualTo("REQUIRE_VERIFICATION");
        // Assert: an unknown record, or a withdrawn one, and the platform must verify before publishing
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        for (JsonObject stopped : List.of(unknown, afterWithdrawal)) {
            assertThat(stopped.getString("verdict")).as(stopped.toString()).isEqualTo("REQUIRE_VERIFICATION");
            assertThat(stopped.getJsonObject("policy").getString("rule")).isEqualTo("adult-performer-records");
        }
    }

    /** An adult upload by a hash no bank holds (unique per call), with the context the platform sends. */
    private JsonObject screenAdult(String context) {
        byte[] hash = new byte[32];
        new java.security.SecureRandom().nextBytes(hash);
        HttpResponse<String> answer = http.postJson("/api/v1/screen", "{\"uploaderId\":\"user-" + unique
                + "\",\"sha256\":\"" + java.util.HexFormat.of().formatHex(hash) + "\",\"context\":" + context + "}",
                key());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "fr"})
    @DisplayName("the person withdraws on the public page, without script or account, and is told what happens next")
    void withdrawOnThePublicPage(String language) throws Exception {
        // Arrange
        String recordId = "perf-page-" + language + "-" + unique;
        registerContent("page-" + unique, picture("page" + unique));
        String reference = registerRecord(recordId, "page-" + unique);
        StaffClient person = person(language);
        assertThat(person.lastPage()).contains("id=\"withdraw\"").doesNotContain("<script src=\"http");

        // Act: typed as people copy it, in capitals with spaces
        person.submit("/consent/withdraw", "withdraw", "withdrawButton", Map.of("reference",
                " " + reference.toUpperCase().substring(0, 11) + " " + reference.toUpperCase().substring(11)));

        // Assert
        String page = person.lastPage();
        assertThat(page).contains("id=\"result\"", "id=\"report-reference\"", "id=\"next-steps\"", "id=\"contact\"");
        assertThat(page).contains(language.equals("fr") ? "Votre consentement est retiré" : "Your consent is withdrawn");
        assertThat(visibility("page-" + unique)).isEqualTo("HIDDEN_PENDING_REVIEW");
        assertThat(openCase("page-" + unique)).hasSize(1);
        String reportReference = page.replaceAll("(?s).*id=\"report-reference\"[^>]*>([^<]+)<.*", "$1").strip();
        assertThat(database().count("select count(*) from report where reference = ?",
                reportReference.replace("-", ""))).isEqualTo(1);
        assertThat(Http.json(http.get("/api/v1/performers/" + recordId, key())).getString("withdrawnVia"))
                .isEqualTo("public_page");
    }

    @Test
    @DisplayName("a wrong reference gets the same page whatever was typed, is slowed after two, and never echoed")
    void wrongReferences() {
        // Arrange
        StaffClient stranger = person("en");
        String[] guesses = {"cw_" + "a".repeat(20), "cw_" + "b".repeat(20), "cw_" + "c".repeat(20)};

        // Act
        String first = notFoundSection(stranger, guesses[0]);
        String second = notFoundSection(stranger, guesses[1]);
        long started = System.nanoTime();
        String third = notFoundSection(stranger, guesses[2]);
        Duration slowed = Duration.ofNanos(System.nanoTime() - started);

        // Assert
        assertThat(first).isNotEmpty().isEqualTo(second).isEqualTo(third);
        assertThat(slowed).isGreaterThanOrEqualTo(Duration.ofMillis(1_800));
        assertThat(stranger.lastPage()).doesNotContain(guesses[2]);
        stranger.get("/consent/withdraw");
        stranger.submit("/consent/withdraw", "withdraw", "withdrawButton", Map.of("reference", "not a reference"));
        assertThat(stranger.lastPage()).contains("id=\"reference-error\"").doesNotContain("id=\"not-found\"");
    }

    private static String notFoundSection(StaffClient client, String typed) {
        client.get("/consent/withdraw");
        client.submit("/consent/withdraw", "withdraw", "withdrawButton", Map.of("reference", typed));
        String page = client.lastPage();
        assertThat(page).contains("id=\"not-found\"");
        return page.replaceAll("(?s).*(<section class=\"notice\" id=\"not-found\".*?</section>).*", "$1");
    }

    @Test
    @DisplayName("hostile bodies get a specific problem and store nothing; documents are refused by name")
    void hostileBodies() {
        // Arrange
        String recordId = "perf-hostile-" + unique;
        String document = recordBody(recordId, "[]").replace("\"Yoti\"", "\"Yoti\",\"passportNumber\":\"X1234567\"");
        String image = recordBody(recordId, "[]").replace("\"Yoti\"", "\"data:image/jpeg;base64,/9j/4AAQSkZJRg\"");
        String huge = recordBody(recordId, "[\"" + "x".repeat(300_000) + "\"]");

        // Act
        HttpResponse<String> documentAnswer = http.postJson("/api/v1/performers", document, key());
        HttpResponse<String> imageAnswer = http.postJson("/api/v1/performers", image, key());
        HttpResponse<String> hugeAnswer = http.postJson("/api/v1/performers", huge, key());
        HttpResponse<String> malformed = http.postJson("/api/v1/performers", "{\"recordId\":", key());
        HttpResponse<String> noKey = http.postJson("/api/v1/performers", recordBody(recordId, "[]"));
        HttpResponse<String> unknownRecord = http.postJson("/api/v1/performers/nobody-" + unique + "/withdrawal", "",
                key());

        // Assert
        assertThat(documentAnswer.statusCode()).isEqualTo(422);
        assertThat(documentAnswer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(documentAnswer.body()).contains("verification.passportNumber", "never receives identity documents");
        assertThat(imageAnswer.statusCode()).isEqualTo(422);
        assertThat(imageAnswer.body()).contains("verification.verifiedBy");
        assertThat(hugeAnswer.statusCode()).isEqualTo(413);
        assertThat(malformed.statusCode()).isIn(400, 422);
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(unknownRecord.statusCode()).isEqualTo(404);
        assertThat(database().count("select count(*) from performer_record where record_id = ?", recordId)).isZero();
    }

    @Test
    @DisplayName("the same new record sent twice at the same moment: one registers it (201), the other is its retry "
            + "(200), never a 500")
    void sameRecordAtOnce() throws Exception {
        // Act
        int rounds = 12;
        String prefix = "perf-race-" + unique + "-";
        List<List<Integer>> statuses = AtOnce.pairs(rounds, round -> {
            String recordId = prefix + (char) ('a' + round);
            return List.of(() -> http.postJson("/api/v1/performers", recordBody(recordId, "[]"), key()),
                    () -> http.postJson("/api/v1/performers", recordBody(recordId, "[]"), key()));
        });

        // Assert
        assertThat(statuses).as("statuses per round").containsOnly(List.of(200, 201));
        assertThat(database().count("select count(*) from performer_record where record_id like ?", prefix + "%"))
                .isEqualTo(rounds);
    }

    @Test
    @DisplayName("a record is never edited: the same body is a retry, other facts are refused, a lost reference replaced")
    void neverEdited() {
        // Arrange
        String recordId = "perf-same-" + unique;
        String first = registerRecord(recordId);

        // Act
        HttpResponse<String> retry = http.postJson("/api/v1/performers", recordBody(recordId, "[]"), key());
        HttpResponse<String> other = http.postJson("/api/v1/performers", recordBody(recordId, "[]")
                .replace("Yoti", "Veriff"), key());
        HttpResponse<String> reissued = http.postJson("/api/v1/performers/" + recordId + "/withdrawal-reference", "",
                key());

        // Assert
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).doesNotContain("withdrawalReference");
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(reissued.statusCode()).isEqualTo(201);
        String second = Http.json(reissued).getString("withdrawalReference");
        assertThat(second).isNotEqualTo(first);
        StaffClient person = person("en");
        person.submit("/consent/withdraw", "withdraw", "withdrawButton", Map.of("reference", first));
        assertThat(person.lastPage()).contains("id=\"not-found\"");
        assertThat(Http.json(http.get("/api/v1/performers/" + recordId, key())).getString("status"))
                .isEqualTo("in_force");
    }
}
