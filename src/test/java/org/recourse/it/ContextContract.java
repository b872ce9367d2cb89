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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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

/**
 * Context and behaviour around images (issue 17, section 4), against the shared Payara Micro: a caption with a phrase
 * match on reported content moves its case earlier and shows on the case page; an abuse-associated term on content
 * nobody reported hides it and opens a case; a clean caption does nothing; an uploader whose signals cross the
 * threshold is flagged on the case page and in the queue, and the platform is told once; hostile bodies are refused
 * with a specific problem and store nothing.
 */
abstract class ContextContract {

    /** Settings of this part only (recourse.context.*): a match brings the review within a minute, for the queue. */
    static final Map<String, String> SETTINGS = Map.of(
            "recourse.context.expedite-within", "PT1M",
            "recourse.context.abuse-lists", "abuse-associated",
            "recourse.context.open-case-on-abuse-term", "true",
            "recourse.context.behaviour.flag-at", "10",
            "recourse.context.behaviour.window", "P30D");

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SECRET = "whsec_the-platforms-own-secret-for-context";
    private static final String HARASSING = "lovely view, now send me nudes";

    abstract URL portal();

    abstract TestDatabase database();

    abstract WebhookReceiver receiver();

    Http http;
    StaffClient admin;
    String key;

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(portal().toURI());
        admin = SignedInAdmins.of(portal(), PreventionPortal.ADMIN_PASSWORD);
        key = KEYS.computeIfAbsent(portal().toString(), address -> newKey());
        if (database().count("select count(*) from webhook_endpoint where url = ? and active = true",
                receiver().url()) == 0) {
            admin.get("/staff/admin/webhooks");
            admin.submit("/staff/admin/webhooks", "webhooks", "webhooks:register",
                    Map.of("webhooks:endpointUrl", receiver().url(), "webhooks:endpointSecret", SECRET));
        }
    }

    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private String newKey() {
        ApiKey made = ApiKey.generate();
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values ('Context', ?, ?, 'content:register screen', ?, 'test')""")) {
            insert.setString(1, made.prefix());
            insert.setString(2, made.hash());
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return made.value();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void register(String contentId, String uploader) {
        HttpResponse<String> answer = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"image/png\","
                + "\"uploaderId\":\"" + uploader + "\",\"bytes\":\""
                + Base64.getEncoder().encodeToString(("picture " + contentId).getBytes()) + "\"}",
                "Authorization", "Bearer " + key);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    /** A person's report, from a client of its own (so no limit is reached); returns the case id. */
    private long report(String contentId) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String client = "10." + random.nextInt(1, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(1, 250);
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"other_harmful\"}", "X-Forwarded-For", client);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return caseOf(contentId);
    }

    private long caseOf(String contentId) {
        return database().count("select max(i.case_id) from case_item i join content_item c on c.id = i.content_id"
                + " where c.platform_content_id = ?", contentId);
    }

    private HttpResponse<String> context(String contentId, String body) {
        return http.postJson("/api/v1/content/" + contentId + "/context", body, "Authorization", "Bearer " + key);
    }

    private static String caption(String kind, String text) {
        return "{\"texts\":[{\"kind\":\"" + kind + "\",\"text\":\"" + text + "\"}]}";
    }

    private long matchesOn(String contentId) {
        return database().count("select count(*) from context_match m join content_item c on c.id = m.content_item_id"
                + " where c.platform_content_id = ?", contentId);
    }

    private String visibility(String contentId) {
        return (String) database().query("select visibility from content_item where platform_content_id = ?",
                contentId).get(0).values().iterator().next();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    @DisplayName("a caption with a phrase match on reported content moves its case up the queue and shows on the "
            + "case page, the matched words only")
    void matchRaisesTheCase() {
        // Arrange
        String contentId = unique("ctx-raise");
        register(contentId, unique("user"));
        long caseId = report(contentId);
        OffsetDateTime dueBefore = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2);
        assertThat(database().count("select count(*) from case_file where id = ? and queue_due_at > ?", caseId,
                dueBefore)).as("an other_harmful case is due in a day").isEqualTo(1);

        // Act
        HttpResponse<String> answer = context(contentId, "{\"texts\":[{\"kind\":\"caption\",\"text\":\"" + HARASSING
                + "\",\"language\":\"en\"},{\"kind\":\"title\",\"text\":\"At the lake\"}]}");

        // Assert
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject outcome = Http.json(answer);
        assertThat(outcome.getString("action")).isEqualTo("expedited");
        assertThat(outcome.getString("caseNumber")).isEqualTo(String.format("C-%06d", caseId));
        assertThat(outcome.getJsonArray("matches").getJsonObject(0).getInt("text")).isZero();
        assertThat(outcome.getJsonArray("matches").getJsonObject(0).getString("list")).isEqualTo("starter-en");
        assertThat(database().count("select count(*) from case_file where id = ? and queue_due_at <= ?", caseId,
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(2))).as("due within the minute").isEqualTo(1);
        String page = admin.get("/staff/case?id=" + caseId).body();
        assertThat(page).contains("id=\"context-signals\"", "starter-en", "send me nudes", "review moved earlier")
                .doesNotContain("lovely view");
        String queue = admin.get("/staff/").body();
        assertThat(queue).contains(String.format("C-%06d", caseId));
    }

    @Test
    @DisplayName("an abuse-associated term on content nobody reported hides it pending review and opens a case")
    void abuseTermOpensACase() throws Exception {
        // Arrange: a term of the designated list, added as an admin would (the starter lists are seeded first)
        String contentId = unique("ctx-abuse");
        String term = "velvet" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6) + "moth";
        register(contentId, unique("user"));
        assertThat(context(contentId, caption("caption", "seeding the lists")).statusCode()).isEqualTo(200);
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into phrase_rule (list_name, kind, expression, label, language, active, created_at, created_by)
                values ('abuse-associated', 'TERM', ?, 'abuse-associated term', 'any', true, ?, 'test')""")) {
            insert.setString(1, term);
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }

        // Act
        HttpResponse<String> answer = context(contentId, caption("comment", "who has more " + term + " like this"));

        // Assert
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject outcome = Http.json(answer);
        assertThat(outcome.getString("action")).isEqualTo("opened");
        assertThat(outcome.getJsonArray("matches").getJsonObject(0).getBoolean("abuseAssociated")).isTrue();
        assertThat(visibility(contentId)).isEqualTo("HIDDEN_PENDING_REVIEW");
        long caseId = caseOf(contentId);
        assertThat(outcome.getString("caseNumber")).isEqualTo(String.format("C-%06d", caseId));
        assertThat(database().count("select count(*) from report where case_id = ? and note_key = ?", caseId,
                "report.system.context.abuse")).isEqualTo(1);
        String page = admin.get("/staff/case?id=" + caseId).body();
        assertThat(page).contains("id=\"context-signals\"", "abuse-associated term", term,
                "hidden pending review, case opened").doesNotContain("who has more");
    }

    @Test
    @DisplayName("a clean caption changes nothing: no match kept, no case, still shown")
    void cleanCaptionDoesNothing() {
        // Arrange
        String contentId = unique("ctx-clean");
        String uploader = unique("user");
        register(contentId, uploader);

        // Act
        HttpResponse<String> answer = context(contentId, caption("caption", "Sunset over the harbour, with friends"));

        // Assert
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Http.json(answer).getString("action")).isEqualTo("none");
        assertThat(Http.json(answer).getJsonArray("matches")).isEmpty();
        assertThat(matchesOn(contentId)).isZero();
        assertThat(database().count("select count(*) from case_item i join content_item c on c.id = i.content_id"
                + " where c.platform_content_id = ?", contentId)).isZero();
        assertThat(visibility(contentId)).isEqualTo("VISIBLE");
        assertThat(database().count("select count(*) from uploader_signal where uploader_id = ?", uploader)).isZero();
    }

    @Test
    @DisplayName("an uploader crossing the behaviour threshold is flagged on the case page and in the queue, the "
            + "platform polls it, and uploader.flagged goes out once")
    void uploaderIsFlaggedOnce() {
        // Arrange: two reports (2 each) and two captions of theirs that match (3 each) make 10
        String uploader = unique("user");
        String first = unique("ctx-flag");
        String second = unique("ctx-flag");
        register(first, uploader);
        register(second, uploader);
        long caseId = report(first);
        report(second);
        assertThat(context(first, caption("caption", HARASSING)).statusCode()).isEqualTo(200);

        // Act
        HttpResponse<String> crossing = context(second, caption("title", "send nudes"));
        HttpResponse<String> more = context(first, caption("caption", "show me your naked body"));

        // Assert
        assertThat(crossing.statusCode()).as(crossing.body()).isEqualTo(200);
        assertThat(more.statusCode()).as(more.body()).isEqualTo(200);
        HttpResponse<String> polled = http.get("/api/v1/uploaders/" + uploader + "/signals",
                "Authorization", "Bearer " + key);
        assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
        JsonObject standing = Http.json(polled);
        assertThat(standing.getBoolean("flagged")).isTrue();
        assertThat(standing.getInt("score")).isEqualTo(13);
        assertThat(standing.getJsonObject("signals").getInt("reportsReceived")).isEqualTo(2);
        assertThat(standing.getJsonObject("signals").getInt("contextMatches")).isEqualTo(3);
        List<String> events = Poll.until(PATIENCE, () -> flaggedEvents(uploader), found -> !found.isEmpty(),
                "uploader.flagged for " + uploader);
        Poll.holdsFor(Duration.ofSeconds(3), () -> flaggedEvents(uploader), found -> found.size() == 1,
                "one uploader.flagged only");
        assertThat(events).hasSize(1);
        String page = admin.get("/staff/case?id=" + caseId).body();
        assertThat(page).contains("class=\"uploader-flagged\" data-uploader=\"" + uploader + "\"", "Flagged uploader");
        String queue = admin.get("/staff/").body();
        int row = queue.indexOf(String.format("C-%06d", caseId));
        assertThat(row).as("the case is on the queue's first page").isPositive();
        assertThat(queue.substring(row, Math.min(queue.length(), row + 600))).contains("class=\"queue-flag\"");
    }

    /** A random PDQ hash, as 64 hex digits. */
    private static String randomPdq() {
        StringBuilder hex = new StringBuilder();
        ThreadLocalRandom.current().ints(64, 0, 16).forEach(digit -> hex.append(Integer.toHexString(digit)));
        return hex.toString();
    }

    /** The hash with its first {@code bits} bits flipped. */
    private static String flipped(String pdq, int bits) {
        java.math.BigInteger value = new java.math.BigInteger(pdq, 16);
        for (int bit = 0; bit < bits; bit++) {
            value = value.flipBit(255 - bit);
        }
        String hex = value.toString(16);
        return "0".repeat(64 - hex.length()) + hex;
    }

    private HttpResponse<String> screen(String contentId, String uploader, String pdq) {
        return http.postJson("/api/v1/screen", "{\"contentId\":\"" + contentId + "\",\"url\":\"https://platform"
                + ".example/p/" + contentId + "\",\"uploaderId\":\"" + uploader + "\",\"pdq\":\"" + pdq
                + "\",\"sha256\":\""
                + randomPdq() + "\",\"mediaType\":\"image/jpeg\"}",
                "Authorization", "Bearer " + key);
    }

    @Test
    @DisplayName("upload screening's holds and near misses (just outside the threshold) count among the uploader's "
            + "signals; a far miss does not")
    void screeningSignals() {
        // Arrange: a picture hidden pending review, whose PDQ stay-down now holds
        String original = unique("ctx-original");
        String pdq = randomPdq();
        HttpResponse<String> registered = http.postJson("/api/v1/content", "{\"contentId\":\"" + original
                + "\",\"url\":\"https://platform.example/p/" + original + "\",\"mediaType\":\"image/jpeg\","
                + "\"uploaderId\":\"" + unique("user") + "\",\"sha256\":\"" + randomPdq() + "\",\"pdq\":\"" + pdq
                + "\"}", "Authorization", "Bearer " + key);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        report(original);
        String uploader = unique("user");

        // Act
        HttpResponse<String> near = screen(unique("ctx-near"), uploader, flipped(pdq, 34));
        HttpResponse<String> far = screen(unique("ctx-far"), uploader, flipped(pdq, 60));
        HttpResponse<String> held = screen(unique("ctx-held"), uploader, flipped(pdq, 4));

        // Assert
        for (HttpResponse<String> screened : List.of(near, far, held)) {
            assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        }
        assertThat(Http.json(near).getString("verdict")).as(near.body()).isEqualTo("ALLOW");
        assertThat(Http.json(far).getString("verdict")).as(far.body()).isEqualTo("ALLOW");
        assertThat(Http.json(held).getString("verdict")).as(held.body()).isEqualTo("HOLD");
        JsonObject signals = Http.json(http.get("/api/v1/uploaders/" + uploader + "/signals",
                "Authorization", "Bearer " + key)).getJsonObject("signals");
        assertThat(signals.getInt("nearMisses")).isEqualTo(1);
        assertThat(signals.getInt("uploadsHeld")).isEqualTo(1);
        assertThat(signals.getInt("uploadsBlocked")).isZero();
    }

    @Test
    @DisplayName("Chromium: the case page's context block and the queue's mark at 360 and 1280 px, in English and "
            + "French, fit, read in words, pass axe")
    void caseAndQueueInChromium() throws Exception {
        // Arrange: a flagged uploader's reported item with a caption that matched, and a supervisor to look
        String uploader = unique("user");
        String contentId = unique("ctx-look");
        register(contentId, uploader);
        long caseId = report(contentId);
        for (String text : List.of(HARASSING, "send nudes", "show me your naked body", "i want to see you naked")) {
            assertThat(context(contentId, caption("caption", text)).statusCode()).isEqualTo(200);
        }
        String name = "look" + UUID.randomUUID().toString().substring(0, 6);
        String oneTime = StaffWorkspaceContract.create(admin, name, "SUPERVISOR");
        StaffClient setup = new StaffClient(portal().toURI());
        String password = setup.setUp(name, oneTime, "correct horse battery staple 17");
        org.recourse.testing.PageWords words = org.recourse.testing.PageWords.ofThePortal();
        java.nio.file.Path shots = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        org.openqa.selenium.chrome.ChromeDriver chromium = org.recourse.testing.Browsers.chromium();
        try {
            org.recourse.it.pages.StaffSignInPage.open(chromium, portal().toString()).signIn(name, password,
                    org.recourse.staff.Totp.code(setup.secret(),
                            org.recourse.staff.Totp.step(java.time.Instant.now()) + 1));
            List<String> problems = new java.util.ArrayList<>();
            for (String page : List.of("staff/case?id=" + caseId + "&", "staff/?")) {
                for (String language : List.of("en", "fr")) {
                    for (int width : new int[] {360, 1280}) {
                        // Act
                        chromium.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
                        chromium.get(portal() + page + "lang=" + language);
                        chromium.executeScript("var shown = document.querySelector('#context-signals, .queue-flag');"
                                + " if (shown) { shown.scrollIntoView(); }");
                        String shot = (page.startsWith("staff/case") ? "context-case-" : "context-queue-") + language
                                + "-" + width + ".png";
                        java.nio.file.Files.write(shots.resolve(shot),
                                chromium.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

                        // Assert
                        String where = page + language + " " + width + " px: ";
                        String html = chromium.getPageSource();
                        if (page.startsWith("staff/case") && !html.contains("id=\"context-signals\"")) {
                            problems.add(where + "no context block");
                        }
                        if (!page.startsWith("staff/case") && !html.contains("class=\"queue-flag\"")) {
                            problems.add(where + "no flagged mark in the queue");
                        }
                        Object wide = chromium.executeScript("return document.documentElement.scrollWidth"
                                + " > document.documentElement.clientWidth");
                        if (Boolean.TRUE.equals(wide)) {
                            problems.add(where + "scrolls sideways");
                        }
                        words.enumNamesIn(html).forEach(enumName -> problems.add(where + "raw name " + enumName));
                        if (language.equals("fr")) {
                            words.englishIn(html).forEach(english -> problems.add(where + "English \"" + english
                                    + "\""));
                        }
                        new com.deque.html.axecore.selenium.AxeBuilder()
                                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                                .analyze(chromium).getViolations()
                                .forEach(rule -> problems.add(where + "axe " + rule.getId()));
                    }
                }
            }
            assertThat(problems).isEmpty();
        } finally {
            chromium.quit();
        }
    }

    /** The distinct uploader.flagged events the platform received for the uploader (ids, once per event). */
    private List<String> flaggedEvents(String uploader) {
        return receiver().accepted().stream().map(r -> json(r.body()))
                .filter(e -> "uploader.flagged".equals(e.getString("type")))
                .filter(e -> uploader.equals(e.getJsonObject("data").getString("uploaderId")))
                .map(e -> e.getString("id")).distinct().toList();
    }

    @Test
    @DisplayName("hostile bodies get a specific problem+json and store nothing: oversized, too many texts, wrong "
            + "types, control characters, unknown content")
    void hostileBodies() {
        // Arrange
        String contentId = unique("ctx-hostile");
        String uploader = unique("user");
        register(contentId, uploader);
        StringBuilder many = new StringBuilder("{\"texts\":[");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("{\"kind\":\"comment\",\"text\":\"send me nudes\"}");
        }

        // Act
        HttpResponse<String> oversized = context(contentId, "{\"texts\":[{\"kind\":\"caption\",\"text\":\""
                + "send me nudes ".repeat(30_000) + "\"}]}");
        HttpResponse<String> tooMany = context(contentId, many.append("]}").toString());
        HttpResponse<String> wrongTypes = context(contentId, "{\"texts\":[{\"kind\":7,\"text\":[\"send me nudes\"]}]}");
        HttpResponse<String> control = context(contentId, caption("caption", "send me nudes\\u0000"));
        HttpResponse<String> notJson = context(contentId, "{\"texts\":[");
        HttpResponse<String> unknown = context(unique("never-registered"), caption("caption", "send me nudes"));
        HttpResponse<String> noKey = http.postJson("/api/v1/content/" + contentId + "/context",
                caption("caption", "send me nudes"));

        // Assert
        assertThat(oversized.statusCode()).isEqualTo(413);
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(Http.json(tooMany).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("texts");
        assertThat(wrongTypes.statusCode()).isEqualTo(422);
        assertThat(wrongTypes.body()).contains("texts[0].kind", "texts[0].text");
        assertThat(control.statusCode()).isEqualTo(422);
        assertThat(control.body()).contains("texts[0].text", "Control characters").doesNotContain("nudes");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(noKey.statusCode()).isEqualTo(401);
        for (HttpResponse<String> refused : List.of(oversized, tooMany, wrongTypes, control, notJson, unknown, noKey)) {
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(matchesOn(contentId)).isZero();
        assertThat(visibility(contentId)).isEqualTo("VISIBLE");
        assertThat(database().count("select count(*) from uploader_signal where uploader_id = ?", uploader)).isZero();
    }
}
