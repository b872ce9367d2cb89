package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.clients.ApiKey;
import org.recourse.testing.Browsers;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.MailServer;
import org.recourse.testing.Poll;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

/**
 * Appeals from outside, on a real Payara Micro: the platform files an uploader's appeal by API (on time, late, twice,
 * hostile), the appeal queue refuses the reviewer who decided, restores protected content only on proof confirmed
 * person by person by a supervisor (the webhook tells the platform, stay-down lets go), and a reporter asks once, with
 * JavaScript off, for a second look, in English and French.
 */
@ExtendWith(ArquillianExtension.class)
abstract class AppealsContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    static final String SECRET = "whsec_the-platforms-own-secret-for-appeals";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String WHY = "Both performers verified by the platform; consent on file and renewed.";
    private static final Map<Class<?>, Map<String, Object>> PORTALS = new HashMap<>();

    @ArquillianResource
    URL base;

    Http http;
    Map<String, Object> portal;

    abstract TestDatabase database();

    abstract WebhookReceiver receiver();

    abstract MailServer mail();


    static WebArchive deployment(Map<String, String> database, MailServer mail) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("recourse.jobs.outbox-interval", "PT1S");
        settings.put("recourse.mail.smtp.host", "127.0.0.1");
        settings.put("recourse.mail.smtp.port", Integer.toString(mail.port()));
        settings.put("recourse.mail.smtp.starttls", "false");
        settings.put("recourse.mail.from", "Recourse <recourse@recourse.test>");
        settings.put("recourse.demo.enabled", "false");
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.jobs.webhook-interval", "PT1S");
        settings.put("recourse.webhooks.allowed-private-ranges", "127.0.0.0/8");
        // The SLA watches (cases' and appeals') every second, so a due time moved into the past is seen at once.
        settings.put("recourse.jobs.sla-interval", "PT1S");
        return Deployments.recourse(settings);
    }

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(base.toURI());
        portal = PORTALS.computeIfAbsent(getClass(), c -> new HashMap<>());
        if (!portal.isEmpty()) {
            return;
        }
        StaffClient admin = new StaffClient(URI.create(base.toString()));
        admin.firstSignIn("admin", ADMIN_PASSWORD, ADMIN_PASSWORD);
        ApiKey key = ApiKey.generate();
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values ('Uploads', ?, ?, 'content:register content:read appeals:submit', ?, 'test')""")) {
            insert.setString(1, key.prefix());
            insert.setString(2, key.hash());
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        admin.get("/staff/admin/webhooks");
        admin.submit("/staff/admin/webhooks", "webhooks", "webhooks:register",
                Map.of("webhooks:endpointUrl", receiver().url(), "webhooks:endpointSecret", SECRET));
        portal.put("key", key.value());
        portal.put("admin", admin);
        portal.put("mona", signedIn(admin, "mona", "MODERATOR"));
        portal.put("sam", signedIn(admin, "sam", "MODERATOR"));
        portal.put("sue", signedIn(admin, "sue", "SUPERVISOR"));
    }

    private StaffClient signedIn(StaffClient admin, String username, String role) {
        String oneTime = StaffWorkspaceContract.create(admin, username, role);
        StaffClient client = new StaffClient(URI.create(base.toString()));
        client.firstSignIn(username, oneTime, "correct horse battery staple 9");
        return client;
    }

    private StaffClient staff(String name) {
        return (StaffClient) portal.get(name);
    }

    private String key() {
        return "Bearer " + portal.get("key");
    }

    /** Registers an item, reports it and has mona decide it; returns the reporter's reference and the decision id. */
    Decided reportAndDecide(String contentId, String category, boolean selfReport, String decision,
            String reason) {
        return reportAndDecide(contentId, category, selfReport, decision, reason, "");
    }

    private Decided reportAndDecide(String contentId, String category, boolean selfReport, String decision,
            String reason, String contact) {
        register(contentId, "image/png", ("picture " + contentId).getBytes(), null);
        return fileAndDecide(contentId, category, selfReport, decision, reason, contact, "en");
    }

    private void register(String contentId, String mediaType, byte[] bytes, String uploaderId) {
        HttpResponse<String> registered = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"" + mediaType + "\","
                + (uploaderId == null ? "" : "\"uploaderId\":\"" + uploaderId + "\",")
                + "\"bytes\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}", "Authorization", key());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    private Decided fileAndDecide(String contentId, String category, boolean selfReport, String decision,
            String reason, String contact, String language) {
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"" + category + "\",\"selfReport\":" + selfReport + contact + "}",
                "Accept-Language", language);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String reference = Http.json(filed).getString("reference");
        long caseId = database().count("select case_id from report where reference = ?", reference.replace("-", ""));
        StaffClient mona = staff("mona");
        mona.get("/staff/case?id=" + caseId);
        mona.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        mona.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", decision, "review:items:0:reason", reason));
        assertThat(mona.lastPage()).doesNotContain("id=\"review-error\"");
        long decisionId = database().count("select max(d.id) from item_decision d join case_item i"
                + " on i.id = d.case_item_id where i.case_id = ?", caseId);
        return new Decided(reference, caseId, decisionId, contentId);
    }

    record Decided(String reference, long caseId, long decisionId, String contentId) {
    }

    HttpResponse<String> appeal(Decided decided, String persons) {
        return http.postJson("/api/v1/appeals", "{\"decisionId\":" + decided.decisionId() + ",\"contentId\":\""
                + decided.contentId() + "\",\"text\":\"This is my own video and I consented.\",\"persons\":"
                + persons + "}", "Authorization", key());
    }

    private long appealId(String reference) {
        return database().count("select id from appeal where reference = ?", reference);
    }

    private String appealStatus(long id) {
        return (String) database().query("select status from appeal where id = ?", id).get(0).get("status");
    }

    private String visibility(String contentId) {
        HttpResponse<String> answer = http.get("/api/v1/content/" + contentId, "Authorization", key());
        return Http.json(answer).getString("visibility");
    }

    @Test
    @DisplayName("an appeal on time is 201 with its reference; the same decision again is 409 naming it")
    void onTimeThenTwice() {
        // Arrange
        Decided decided = reportAndDecide("appeal-twice", "other_harmful", false, "REMOVE", "OTHER_VIOLATION");

        // Act
        HttpResponse<String> first = appeal(decided, "[]");
        HttpResponse<String> second = appeal(decided, "[]");

        // Assert
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonObject filed = Http.json(first);
        assertThat(filed.getString("reference")).matches("AP-[0-9A-Z]{10}");
        assertThat(filed.getString("status")).isEqualTo("submitted");
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith(filed.getString("reference"));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains(filed.getString("reference"));
        assertThat(database().count("select count(*) from appeal where item_decision_id = ?", decided.decisionId()))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("an appeal by the statement of reasons the uploader was given is filed against its removal, and "
            + "upholding it issues the statement's next version")
    void byStatement() {
        // Arrange
        Decided decided = reportAndDecide("appeal-sor", "other_harmful", false, "REMOVE", "OTHER_VIOLATION");
        JsonObject statements = Http.json(http.get("/api/v1/content/appeal-sor/statements", "Authorization", key()));
        String removal = statements.getJsonArray("statements").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("restriction").equals("REMOVED")).map(s -> s.getString("id"))
                .findFirst().orElseThrow();

        // Act
        HttpResponse<String> filed = http.postJson("/api/v1/appeals", "{\"statementId\":\"" + removal
                + "\",\"text\":\"Please look again.\"}", "Authorization", key());
        long id = appealId(Http.json(filed).getString("reference"));
        StaffClient sam = staff("sam");
        sam.get("/staff/appeals?id=" + id);
        sam.submit("/staff/appeals?id=" + id, "decide", "decide:uphold", Map.of("decide:justification", "Stands."));

        // Assert
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        assertThat(Http.json(filed).getJsonNumber("decisionId").longValue()).isEqualTo(decided.decisionId());
        assertThat(database().count("select count(*) from appeal a join statement_of_reasons s on s.id = a.statement_id"
                + " where a.id = ? and s.public_id = ?", id, removal)).isEqualTo(1);
        assertThat(Http.json(http.get("/api/v1/content/appeal-sor/statements", "Authorization", key()))
                .getString("current")).isNotEqualTo(removal);
    }

    @Test
    @DisplayName("an appeal after the window is 422 and stores nothing")
    void late() throws Exception {
        // Arrange: the decision, and any statement issued for it, seven months ago
        Decided decided = reportAndDecide("appeal-late", "other_harmful", false, "REMOVE", "OTHER_VIOLATION");
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(7);
        try (Connection connection = database().connect()) {
            try (PreparedStatement back = connection.prepareStatement(
                    "update item_decision set decided_at = ? where id = ?")) {
                back.setObject(1, longAgo);
                back.setLong(2, decided.decisionId());
                back.executeUpdate();
            }
            try (PreparedStatement back = connection.prepareStatement(
                    "update statement_of_reasons set issued_at = ?, appeal_until = ? where case_id = ?")) {
                back.setObject(1, longAgo);
                back.setObject(2, longAgo.plusMonths(6));
                back.setLong(3, decided.caseId());
                back.executeUpdate();
            }
        }

        // Act
        HttpResponse<String> answer = appeal(decided, "[]");

        // Assert
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("The time to appeal this decision has passed.");
        assertThat(database().count("select count(*) from appeal where item_decision_id = ?", decided.decisionId()))
                .isZero();
    }

    @Test
    @DisplayName("a hostile body is 422 naming every problem at once, and stores nothing")
    void hostile() {
        // Arrange
        long before = database().count("select count(*) from appeal");
        String body = "{\"decisionId\":-3,\"contentId\":\"../etc\",\"text\":\"bad\\u0000text\\u202e\","
                + "\"persons\":[{\"ageRecord\":\"passport scan.jpg\",\"consentRecord\":\"c-1\",\"photo\":\"x\"}],"
                + "\"idDocument\":\"AAAA\"}";

        // Act
        HttpResponse<String> answer = http.postJson("/api/v1/appeals", body, "Authorization", key());
        HttpResponse<String> noKey = http.postJson("/api/v1/appeals", body);

        // Assert
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        JsonObject problem = Http.json(answer);
        assertThat(problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("idDocument", "decisionId", "contentId", "text", "persons[0].ageRecord",
                        "persons[0].photo");
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(database().count("select count(*) from appeal")).isEqualTo(before);
    }

    @Test
    @DisplayName("the reviewer who decided cannot decide the appeal; another moderator can uphold it")
    void sameReviewerRefused() {
        // Arrange
        Decided decided = reportAndDecide("appeal-same", "other_harmful", false, "REMOVE", "OTHER_VIOLATION");
        long id = appealId(Http.json(appeal(decided, "[]")).getString("reference"));

        // Act
        StaffClient mona = staff("mona");
        mona.get("/staff/appeals?id=" + id);
        mona.submit("/staff/appeals?id=" + id, "decide", "decide:uphold", Map.of("decide:justification", ""));
        String refused = mona.lastPage();
        String statusAfterRefusal = appealStatus(id);
        StaffClient sam = staff("sam");
        sam.get("/staff/appeals?id=" + id);
        sam.submit("/staff/appeals?id=" + id, "decide", "decide:uphold", Map.of("decide:justification", "Stands."));

        // Assert
        assertThat(refused).contains("id=\"appeals-error\"").contains("someone else must decide the appeal");
        assertThat(statusAfterRefusal).isEqualTo("SUBMITTED");
        assertThat(appealStatus(id)).isEqualTo("UPHELD");
        assertThat(visibility("appeal-same")).isEqualTo("REMOVED");
    }

    @Test
    @DisplayName("self-reported content: without proof records it cannot be restored; with proof confirmed person by "
            + "person a supervisor restores it, the platform is told and stay-down lets go")
    void proofBeforeRestore() {
        // Arrange
        Decided noRecords = reportAndDecide("appeal-norecords", "survivor_adult_image", true, "REMOVE",
                "NON_CONSENSUAL_INTIMATE_IMAGE");
        long bare = appealId(Http.json(appeal(noRecords, "[]")).getString("reference"));
        Decided withRecords = reportAndDecide("appeal-proof", "survivor_adult_image", true, "REMOVE",
                "NON_CONSENSUAL_INTIMATE_IMAGE");
        long proven = appealId(Http.json(appeal(withRecords,
                "[{\"ageRecord\":\"age-vrf-1\",\"consentRecord\":\"consent-1\"}]")).getString("reference"));
        String caseNumber = String.format("C-%06d", withRecords.caseId());
        assertThat(database().count("select count(*) from bank_entry where case_reference = ? and disabled_at is null",
                caseNumber)).isPositive();
        StaffClient sue = staff("sue");

        // Act: no records; then a moderator; then the supervisor missing one fact; then with every fact
        sue.get("/staff/appeals?id=" + bare);
        sue.submit("/staff/appeals?id=" + bare, "decide", "decide:restore", Map.of("decide:justification", WHY));
        String noRecordsPage = sue.lastPage();
        StaffClient sam = staff("sam");
        sam.get("/staff/appeals?id=" + proven);
        sam.submit("/staff/appeals?id=" + proven, "decide", "decide:restore", Map.of("decide:justification", WHY,
                "decide:persons:0:adult", "on", "decide:persons:0:freely", "on", "decide:persons:0:still", "on"));
        String moderatorPage = sam.lastPage();
        sue.get("/staff/appeals?id=" + proven);
        sue.submit("/staff/appeals?id=" + proven, "decide", "decide:restore", Map.of("decide:justification", WHY,
                "decide:persons:0:adult", "on", "decide:persons:0:freely", "on"));
        String partialPage = sue.lastPage();
        String visibleAfterPartial = visibility("appeal-proof");
        sue.get("/staff/appeals?id=" + proven);
        sue.submit("/staff/appeals?id=" + proven, "decide", "decide:restore", Map.of("decide:justification", WHY,
                "decide:persons:0:adult", "on", "decide:persons:0:freely", "on", "decide:persons:0:still", "on"));

        // Assert
        assertThat(noRecordsPage).contains("sent no age and consent records");
        assertThat(appealStatus(bare)).isEqualTo("SUBMITTED");
        assertThat(moderatorPage).contains("only a supervisor can restore it");
        assertThat(partialPage).contains("Confirm, for every person shown");
        assertThat(visibleAfterPartial).isEqualTo("REMOVED");
        assertThat(appealStatus(proven)).isEqualTo("RESTORED");
        assertThat(visibility("appeal-proof")).isEqualTo("RESTORED");
        assertThat(database().query("select adult_confirmed_on, ongoing_consent_confirmed_on from appeal_person"
                + " where appeal_id = ?", proven).get(0)).containsValues("age-vrf-1", "consent-1");
        Poll.until(PATIENCE, () -> receiver().accepted().stream()
                        .filter(r -> r.body().contains("\"content.restored\"") && r.body().contains("appeal-proof"))
                        .count(), n -> n >= 1, "content.restored webhook for appeal-proof");
        assertThat(database().count("select count(*) from bank_entry where case_reference = ? and disabled_at is null",
                caseNumber)).isZero();
        assertThat(database().count("select count(*) from audit_event where action = 'bank.entry.disabled'"))
                .isPositive();
    }

    @Test
    @DisplayName("a reporter whose report led to no action asks once, with JavaScript off, for a second look; the "
            + "supervisor's answer shows on the status page, in English and French")
    void reporterSecondLook() throws Exception {
        // Arrange
        Decided decided = reportAndDecide("second-look", "other_harmful", false, "RESTORE", "NO_VIOLATION",
                ",\"contact\":{\"email\":\"second-look@example.org\",\"consent\":true}");

        try (WebClient browser = Browsers.withoutJavaScript()) {
            // Act: look up, ask
            HtmlPage status = lookUp(browser, decided.reference(), "en");
            HtmlPage asked = status.<HtmlSubmitInput>getHtmlElementById("ask-second-look").click();

            // Assert: asked once; the button is gone, and stays gone on a new look-up
            assertThat(asked.getHtmlElementById("review-asked").asNormalizedText()).contains("Your request was sent");
            assertThat(asked.getElementById("ask-second-look")).isNull();
            HtmlPage again = lookUp(browser, decided.reference(), "en");
            assertThat(again.getElementById("ask-second-look")).isNull();
            assertThat(again.getHtmlElementById("reviews").asNormalizedText()).contains("You asked for a second look");
            assertThat(database().count("select count(*) from review_request where case_id = ?", decided.caseId()))
                    .isEqualTo(1);
        }

        // Act: the supervisor answers from the appeal queue, in French
        StaffClient sue = staff("sue");
        sue.get("/staff/appeals?lang=fr");
        assertThat(sue.lastPage()).contains("Demandes de réexamen").contains(String.format("C-%06d", decided.caseId()));
        sue.submit("/staff/appeals", "requests", "requests:list:0:stands", Map.of("requests:answerNote", "Vu."));
        sue.get("/staff/appeals?lang=en");
        assertThat(sue.lastPage()).contains("Reporters' requests for a second look");

        // Assert: the answer, in both languages
        try (WebClient browser = Browsers.withoutJavaScript()) {
            assertThat(lookUp(browser, decided.reference(), "en").getHtmlElementById("reviews").asNormalizedText())
                    .contains("It stands: the content stays up.");
            assertThat(lookUp(browser, decided.reference(), "fr").getHtmlElementById("reviews").asNormalizedText())
                    .contains("Elle est maintenue");
        }
        MailServer.Mail answer = Poll.until(PATIENCE, () -> mail().to("second-look@example.org").stream()
                .filter(m -> m.subject().equals("Your request for a second look")).findFirst().orElse(null),
                found -> found != null, "the answer by mail");
        assertThat(answer.body()).contains("It stands: the content stays up.").doesNotContain("Vu.");
    }

    private HtmlPage lookUp(WebClient browser, String reference, String language) throws Exception {
        HtmlPage form = browser.getPage(base + "status?lang=" + language);
        form.<org.htmlunit.html.HtmlInput>getHtmlElementById("reference").setValue(reference);
        return form.<HtmlSubmitInput>getHtmlElementById("lookUp").click();
    }

    private void execute(String sql, Object... parameters) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private java.util.List<MailServer.Mail> mailsTo(String address, String subject) {
        return mail().to(address).stream().filter(m -> m.subject().equals(subject)).toList();
    }

    @Test
    @DisplayName("the appeal SLA: supervisors are mailed once at 80% and once when overdue, without the uploader's "
            + "words; the queue page, the menu and the dashboard show the appeal waiting and overdue, in EN and FR")
    void appealSlaWatched() throws Exception {
        // Arrange: an appeal filed six days ago, due in a day (so past 80% of its seven days)
        Decided decided = reportAndDecide("appeal-sla", "other_harmful", false, "REMOVE", "OTHER_VIOLATION");
        String reference = Http.json(appeal(decided, "[]")).getString("reference");
        long id = appealId(reference);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String warning = "Appeal " + reference + ": 80% of its time is used";
        String breach = "Appeal overdue: " + reference;

        // Act: past 80%, then past the due time
        execute("update appeal set submitted_at = ?, due_at = ? where id = ?", now.minusDays(6), now.plusDays(1), id);
        MailServer.Mail warned = Poll.until(PATIENCE, () -> mailsTo("sue@platform.example", warning).stream()
                .findFirst().orElse(null), found -> found != null, "the 80% notice");
        execute("update appeal set due_at = ? where id = ?", now.minusHours(1), id);
        MailServer.Mail overdue = Poll.until(PATIENCE, () -> mailsTo("sue@platform.example", breach).stream()
                .findFirst().orElse(null), found -> found != null, "the overdue notice");
        StaffClient sue = staff("sue");
        sue.get("/staff/");
        String queueEn = sue.lastPage();
        sue.get("/staff/?lang=fr");
        String queueFr = sue.lastPage();
        sue.get("/staff/dashboard?lang=en");
        String dashboard = sue.lastPage();

        // Assert: one notice of each, to supervisors only, naming the appeal and never the uploader's words
        assertThat(warned.body()).contains("C-" + String.format("%06d", decided.caseId()), "/staff/appeals?id=" + id)
                .doesNotContain("This is my own video");
        assertThat(overdue.body()).contains("Overdue by:").doesNotContain("This is my own video");
        assertThat(mailsTo("sue@platform.example", warning)).hasSize(1);
        assertThat(mailsTo("sue@platform.example", breach)).hasSize(1);
        assertThat(mail().to("mona@platform.example").stream().filter(m -> m.subject().contains(reference))).isEmpty();
        assertThat(database().count("select count(*) from appeal where id = ? and sla_warned_at is not null"
                + " and sla_breached_at is not null", id)).isEqualTo(1);
        assertThat(queueEn).contains("id=\"appeals-block\"", "Uploaders' appeals", "/staff/appeals?id=" + id,
                reference, "overdue", "id=\"nav-appeals-count\"");
        assertThat(queueEn.indexOf(reference)).as("the overdue appeal comes first")
                .isLessThan(queueEn.indexOf("class=\"appeal-case\""));
        assertThat(queueFr).contains("Recours des personnes qui ont publié", "en retard");
        assertThat(dashboard).contains("id=\"appeals-overdue\"", "appeals overdue");
    }

    @Test
    @DisplayName("restoring a removed video on appeal disables its vPDQ stay-down entry, lifts the ban its removal "
            + "caused (uploader.unbanned), and the reporter who consented is mailed in French, without detail")
    void restorationUndoesTheSanction() throws Exception {
        // Arrange: a video of a named uploader, reported as intimate imagery (bans at once), removed by mona
        byte[] video = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "shared", "vpdq-vectors",
                "videos", "bridge-crf40.mp4"));
        register("appeal-video", "video/mp4", video, "uploader-appealed");
        Decided decided = fileAndDecide("appeal-video", "non_consensual_intimate_image", false, "REMOVE",
                "NON_CONSENSUAL_INTIMATE_IMAGE", ",\"contact\":{\"email\":\"appeal-reporter@example.org\","
                        + "\"consent\":true}", "fr-CA");
        String caseNumber = String.format("C-%06d", decided.caseId());
        assertThat(database().count("select count(*) from bank_entry where case_reference = ? and hash_type = 'VPDQ'"
                + " and disabled_at is null", caseNumber)).isEqualTo(1);
        assertThat(database().count("select count(*) from uploader_ban where uploader_id = 'uploader-appealed'"
                + " and lifted_at is null")).isEqualTo(1);
        long id = appealId(Http.json(appeal(decided, "[]")).getString("reference"));

        // Act: another moderator restores it
        StaffClient sam = staff("sam");
        sam.get("/staff/appeals?id=" + id);
        sam.submit("/staff/appeals?id=" + id, "decide", "decide:restore", Map.of("decide:justification",
                "The platform showed the uploader is the person shown and consented."));

        // Assert
        assertThat(appealStatus(id)).as(sam.lastPage()).isEqualTo("RESTORED");
        assertThat(database().count("select count(*) from bank_entry where case_reference = ? and disabled_at is null",
                caseNumber)).isZero();
        assertThat(database().count("select count(*) from uploader_ban where uploader_id = 'uploader-appealed'"
                + " and lifted_at is not null")).isEqualTo(1);
        Poll.until(PATIENCE, () -> receiver().accepted().stream()
                .filter(r -> r.body().contains("\"uploader.unbanned\"") && r.body().contains("uploader-appealed"))
                .count(), n -> n >= 1, "uploader.unbanned webhook");
        MailServer.Mail told = Poll.until(PATIENCE, () -> mailsTo("appeal-reporter@example.org",
                "La décision sur votre signalement a été réexaminée").stream().findFirst().orElse(null),
                found -> found != null, "the reporter's mail");
        assertThat(told.body()).contains("Le contenu a été rétabli.").doesNotContain("consented")
                .doesNotContain("appeal-video");
    }
}
