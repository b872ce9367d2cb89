package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
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
 * Sanctions from outside, against a real Payara Micro and the test's webhook receiver: a survivor's personal
 * information removed bans its uploader at once, harassment bans at the third strike, a supervisor bans and lifts by
 * hand from the case page and the bans page, and a moderator can do neither. Each strike and ban reaches the platform
 * as a signed webhook with its statement of reasons, and never a word of the reporter's.
 */
abstract class SanctionsContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    static final String SECRET = "whsec_the-platforms-own-secret-for-sanctions";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String REPORTER_WORDS = "Reporter's own secret words";
    private static final String REPORTER_EMAIL = "reporter-sanctions@example.org";
    /** Per portal (a class boots its own): the admin's session, the API key and the moderator's session. */
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
        // The test's receiver stands in for a platform on the same premises: its loopback range is allowed by name.
        settings.put("recourse.webhooks.allowed-private-ranges", "127.0.0.0/8");
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
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values ('Uploads', ?, ?, 'content:register screen', ?, 'test')""")) {
            insert.setString(1, key.prefix());
            insert.setString(2, key.hash());
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        admin.get("/staff/admin/webhooks");
        admin.submit("/staff/admin/webhooks", "webhooks", "webhooks:register",
                Map.of("webhooks:endpointUrl", receiver().url(), "webhooks:endpointSecret", SECRET));
        String oneTime = StaffWorkspaceContract.create(admin, "mona", "MODERATOR");
        StaffClient mona = new StaffClient(URI.create(base.toString()));
        mona.firstSignIn("mona", oneTime, "correct horse battery staple 9");
        portal.put("admin", admin);
        portal.put("key", key.value());
        portal.put("mona", mona);
    }

    private StaffClient admin() {
        return (StaffClient) portal.get("admin");
    }

    private StaffClient moderator() {
        return (StaffClient) portal.get("mona");
    }

    private void register(String contentId, String uploader) {
        HttpResponse<String> answer = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"image/png\","
                + "\"uploaderId\":\"" + uploader + "\",\"bytes\":\""
                + Base64.getEncoder().encodeToString(("picture " + contentId).getBytes()) + "\"}",
                "Authorization", "Bearer " + portal.get("key"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    /** Files a report with the reporter's words and address; returns the answer (its next steps, in a language). */
    private JsonObject report(String contentId, String category, String language) {
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"" + category + "\",\"details\":\"" + REPORTER_WORDS + "\",\"contact\":"
                + "{\"email\":\"" + REPORTER_EMAIL + "\",\"consent\":true}}", "Accept-Language", language);
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

    /** The sanctions the platform received for an uploader, in order. */
    private List<JsonObject> eventsFor(String uploader) {
        return receiver().accepted().stream().map(r -> json(r.body()))
                .filter(e -> e.getString("type").startsWith("uploader."))
                .filter(e -> uploader.equals(e.getJsonObject("data").getString("uploaderId"))).toList();
    }

    private List<JsonObject> waitFor(String uploader, int events) {
        return Poll.until(PATIENCE, () -> eventsFor(uploader), found -> found.size() >= events,
                events + " sanction event(s) for " + uploader);
    }

    private String accountVerdict(String uploader) {
        HttpResponse<String> answer = http.postJson("/api/v1/accounts/screen", "{\"uploaderId\":\"" + uploader + "\"}",
                "Authorization", "Bearer " + portal.get("key"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getString("verdict");
    }

    private long bans(String uploader, String condition) {
        return database().count("select count(*) from uploader_ban where uploader_id = ? and " + condition, uploader);
    }

    @Test
    @DisplayName("a survivor's personal information removed: its uploader is banned at once, and uploader.banned "
            + "arrives signed with its statement of reasons and nothing of the reporter")
    void doxxingBansAtOnce() {
        // Arrange: the reporter is told what the policy will do, in their language
        register("dox-1", "user-dox");
        JsonObject receipt = report("dox-1", "survivor_personal_information", "en");
        assertThat(receipt.getString("nextSteps")).contains("the account that posted it is banned.")
                .doesNotContain("may be");
        assertThat(report("dox-1", "survivor_personal_information", "fr-CA").getString("nextSteps"))
                .contains("le compte qui l'a publié est banni.");
        long caseId = caseOf(receipt);

        // Act
        decide(caseId, "REMOVE", "PERSONAL_INFORMATION");

        // Assert
        JsonObject banned = waitFor("user-dox", 1).get(0);
        assertThat(banned.getString("type")).isEqualTo("uploader.banned");
        JsonObject data = banned.getJsonObject("data");
        assertThat(data.getString("category")).isEqualTo("survivor_personal_information");
        assertThat(data.getString("rule")).isEqualTo("ban at once");
        assertThat(data.getString("caseNumber")).isEqualTo(String.format("C-%06d", caseId));
        assertThat(data.getString("decidedAt")).isNotBlank();
        assertThat(data.getBoolean("automated")).isFalse();
        WebhookReceiver.Received delivery = receiver().accepted().stream()
                .filter(r -> r.body().contains(banned.getString("id"))).findFirst().orElseThrow();
        assertThat(WebhookSignature.verify(SECRET, delivery.header("Recourse-Signature"), delivery.body(),
                delivery.at(), WebhookSignature.TOLERANCE)).isTrue();
        assertThat(delivery.header("Recourse-Event-Type")).isEqualTo("uploader.banned");
        assertThat(receiver().received()).noneMatch(r -> r.body().contains(REPORTER_WORDS)
                || r.body().contains(REPORTER_EMAIL) || r.body().contains(receipt.getString("reference")));
        assertThat(bans("user-dox", "lifted_at is null and category = 'SURVIVOR_PERSONAL_INFORMATION'")).isEqualTo(1);
        assertThat(accountVerdict("user-dox")).isEqualTo("REFUSE");
    }

    @Test
    @DisplayName("harassment of a survivor: a strike per removal, banned at the third within a year")
    void harassmentBansAtTheThirdStrike() {
        // Arrange
        List<Long> cases = List.of("har-1", "har-2", "har-3").stream().map(id -> {
            register(id, "user-har");
            return caseOf(report(id, "survivor_harassment", "en"));
        }).toList();

        // Act / Assert: two strikes, no ban
        decide(cases.get(0), "REMOVE", "HARASSMENT");
        decide(cases.get(1), "REMOVE", "HARASSMENT");
        waitFor("user-har", 2);
        assertThat(bans("user-har", "1 = 1")).isZero();
        assertThat(accountVerdict("user-har")).isEqualTo("ALLOW");

        // Act: the third
        decide(cases.get(2), "REMOVE", "HARASSMENT");

        // Assert
        List<JsonObject> events = waitFor("user-har", 4);
        assertThat(events).extracting(e -> e.getString("type")).containsExactly("uploader.strike", "uploader.strike",
                "uploader.strike", "uploader.banned");
        assertThat(events.subList(0, 3)).extracting(e -> e.getJsonObject("data").getInt("strikes"))
                .containsExactly(1, 2, 3);
        assertThat(events.get(3).getJsonObject("data").getString("rule")).isEqualTo("3rd strike within 365 days");
        assertThat(events.get(3).getJsonObject("data").getString("caseNumber"))
                .isEqualTo(String.format("C-%06d", cases.get(2)));
        assertThat(database().count("select count(*) from uploader_strike where uploader_id = 'user-har'"))
                .isEqualTo(3);
        assertThat(accountVerdict("user-har")).isEqualTo("REFUSE");
    }

    @Test
    @DisplayName("a supervisor bans from the case page and lifts from the bans page, each with a reason: audited, "
            + "told to the platform, and account screening follows")
    void supervisorBansAndLiftsByHand() {
        // Arrange: a case whose category the policy does not sanction
        register("man-1", "user-man");
        long caseId = caseOf(report("man-1", "other_harmful", "en"));
        String casePage = "/staff/case?id=" + caseId;
        admin().get(casePage);
        assertThat(admin().lastPage()).contains("user-man").contains("name=\"sanctions:uploaders:0:ban\"");

        // Act: too short a reason is refused, then a ban with a reason
        admin().submit(casePage, "sanctions", "sanctions:uploaders:0:ban",
                Map.of("sanctions:uploaders:0:sanctionReason", "short"));
        assertThat(admin().lastPage()).contains("id=\"sanctions-error\"");
        assertThat(bans("user-man", "1 = 1")).isZero();
        admin().submit(casePage, "sanctions", "sanctions:uploaders:0:ban",
                Map.of("sanctions:uploaders:0:sanctionReason", "Repeated threats in private messages to the survivor"));

        // Assert
        assertThat(admin().lastPage()).contains("The uploader is banned and the platform is told.");
        assertThat(bans("user-man", "lifted_at is null and by_hand = true and case_number = '"
                + String.format("C-%06d", caseId) + "'")).isEqualTo(1);
        assertThat(accountVerdict("user-man")).isEqualTo("REFUSE");
        JsonObject banned = waitFor("user-man", 1).get(0);
        assertThat(banned.getString("type")).isEqualTo("uploader.banned");
        assertThat(banned.getJsonObject("data").getString("rule")).isEqualTo("banned by a supervisor");
        assertThat(banned.toString()).doesNotContain("private messages");

        // Act: lifted from the bans page
        admin().get("/staff/supervise/bans");
        Matcher lift = Pattern.compile("(?s)user-man</code>.*?name=\"(bans:list:\\d+:lift)\"").matcher(admin().lastPage());
        assertThat(lift.find()).isTrue();
        admin().submit("/staff/supervise/bans", "bans", lift.group(1),
                Map.of("bans:liftReason", "The platform confirmed the account was taken over."));

        // Assert
        assertThat(admin().lastPage()).contains("The ban is lifted");
        assertThat(accountVerdict("user-man")).isEqualTo("ALLOW");
        assertThat(waitFor("user-man", 2).get(1).getString("type")).isEqualTo("uploader.unbanned");
        assertThat(database().count("select count(*) from audit_event where action in "
                + "('uploader.banned-by-hand', 'uploader.ban-lifted') and actor = 'admin'")).isGreaterThanOrEqualTo(2);

        // Act / Assert: a ban by hand from the bans page, without a case
        admin().submit("/staff/supervise/bans", "bans", "bans:ban", Map.of("bans:banUploader", "user-page",
                "bans:banReason", "Ban evasion confirmed by the platform's security team"));
        assertThat(admin().lastPage()).contains("The uploader is banned and the platform is told.")
                .contains("user-page");
        assertThat(accountVerdict("user-page")).isEqualTo("REFUSE");
    }

    @Test
    @DisplayName("a moderator can neither ban nor lift: no control on the case page, a forged post does nothing, "
            + "the bans page is refused")
    void moderatorIsRefused() {
        // Arrange
        register("mod-1", "user-mod");
        long caseId = caseOf(report("mod-1", "other_harmful", "en"));
        String casePage = "/staff/case?id=" + caseId;

        // Act
        moderator().get(casePage);
        String page = moderator().lastPage();
        moderator().submit(casePage, "sanctions", "sanctions:uploaders:0:ban",
                Map.of("sanctions:uploaders:0:sanctionReason", "A moderator's forged ban of this uploader"));
        HttpResponse<String> bansPage = moderator().get("/staff/supervise/bans");

        // Assert
        assertThat(page).contains("user-mod").contains("Only a supervisor can ban or lift a ban.")
                .doesNotContain("sanctions:uploaders:0:ban");
        assertThat(bans("user-mod", "1 = 1")).isZero();
        assertThat(bansPage.statusCode()).isEqualTo(403);
        assertThat(accountVerdict("user-mod")).isEqualTo("ALLOW");
        assertThat(database().count("select count(*) from audit_event where actor = 'mona' and action like 'uploader.%'"))
                .isZero();
    }
}
