package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.clients.ApiKey;
import org.recourse.testing.AtOnce;
import org.recourse.testing.Http;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * Classifier signals (issue 17 §1) on a real Payara Micro: a signal at or above its threshold hides the item pending
 * review and opens a case that shows it (never a removal, never a sanction), one below changes nothing, hostile bodies
 * and keys are refused with a specific problem and store nothing, a repeated signal opens no second case, and a
 * moderator's decision counts in the dashboard's precision.
 */
abstract class SignalsContract {

    /** A label of the tests' own (no other part sets it): held from 0.8, filed as other harmful content. */
    static final Map<String, String> SETTINGS = Map.of(
            "recourse.signals.threshold.it_probe", "0.8",
            "recourse.signals.category.it_probe", "other_harmful");

    private static final Map<String, Map<String, Object>> PORTALS = new ConcurrentHashMap<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Ids unique to this run, since the contracts share one database. */
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    Http http;
    Map<String, Object> portal;

    abstract URL portal();

    abstract TestDatabase database();

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(portal().toURI());
        portal = PORTALS.computeIfAbsent(portal().toString(), p -> new HashMap<>());
        if (!portal.isEmpty()) {
            return;
        }
        StaffClient admin = SignedInAdmins.of(portal(), PreventionPortal.ADMIN_PASSWORD);
        portal.put("key", insertKey("content:register content:read signals:submit"));
        portal.put("readOnly", insertKey("content:read"));
        String oneTime = StaffWorkspaceContract.create(admin, "signals-mona", "MODERATOR");
        StaffClient mona = new StaffClient(URI.create(portal().toString()));
        mona.firstSignIn("signals-mona", oneTime, "correct horse battery staple 9");
        portal.put("admin", admin);
        portal.put("mona", mona);
    }

    private String insertKey(String scopes) throws Exception {
        ApiKey key = ApiKey.generate();
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values ('Classifiers', ?, ?, ?, ?, 'test')""")) {
            insert.setString(1, key.prefix());
            insert.setString(2, key.hash());
            insert.setString(3, scopes);
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return key.value();
    }

    private String bearer(String which) {
        return "Bearer " + portal.get(which);
    }

    /** A new item of this test, registered; returns its content id. */
    private String registered(String name) {
        String contentId = "sig-" + RUN + "-" + SEQUENCE.incrementAndGet() + "-" + name;
        HttpResponse<String> registered = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"image/png\","
                + "\"uploaderId\":\"uploader-" + contentId + "\",\"bytes\":\""
                + Base64.getEncoder().encodeToString(("picture " + contentId).getBytes()) + "\"}",
                "Authorization", bearer("key"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return contentId;
    }

    private HttpResponse<String> signal(String body) {
        return http.postJson("/api/v1/signals", body, "Authorization", bearer("key"));
    }

    private static String body(String contentId, String classifier, String label, String score) {
        return "{\"contentId\":\"" + contentId + "\",\"classifier\":\"" + classifier + "\","
                + "\"classifierVersion\":\"1.4.2\",\"label\":\"" + label + "\",\"score\":" + score + "}";
    }

    private String visibility(String contentId) {
        return Http.json(http.get("/api/v1/content/" + contentId, "Authorization", bearer("key")))
                .getString("visibility");
    }

    private long signalsOn(String contentId) {
        return database().count("select count(*) from classifier_signal s join content_item c"
                + " on c.id = s.content_item_id where c.platform_content_id = ?", contentId);
    }

    private long casesOn(String contentId) {
        return database().count("select count(distinct i.case_id) from case_item i join content_item c"
                + " on c.id = i.content_id where c.platform_content_id = ?", contentId);
    }

    @Test
    @DisplayName("a signal at or above its threshold hides the item pending review and opens a case that shows it")
    void heldAndShown() {
        // Arrange
        String contentId = registered("held");
        String classifier = "it-vision-" + RUN;

        // Act
        HttpResponse<String> sent = signal(body(contentId, classifier, "it_probe", "0.93"));

        // Assert
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/signals/"));
        JsonObject answer = Http.json(sent);
        assertThat(answer.getString("action")).isEqualTo("held");
        assertThat(answer.getString("reason")).isEqualTo("at_or_above_threshold");
        assertThat(answer.getJsonNumber("threshold").doubleValue()).isEqualTo(0.8);
        assertThat(answer.getString("caseNumber")).matches("C-\\d{6}");
        assertThat(visibility(contentId)).isEqualTo("HIDDEN_PENDING_REVIEW");
        long caseId = Long.parseLong(answer.getString("caseNumber").substring(2));
        StaffClient mona = (StaffClient) portal.get("mona");
        mona.get("/staff/case?id=" + caseId);
        assertThat(mona.lastPage()).contains("id=\"case-signals\"").contains(classifier).contains("it_probe")
                .contains("0.93").contains("Held for review");
        // The statement of reasons says a classifier found it (automated detection), not that someone reported it.
        assertThat(database().count("select count(*) from statement_of_reasons where platform_content_id = ?"
                + " and restriction = 'HIDDEN_PENDING_REVIEW' and detection = 'CLASSIFIER' and automated_detection = ?",
                contentId, true)).isEqualTo(1);
        // Due sooner than the category's whole window (24 h for other harmful content): a quarter-way score.
        var due = java.time.Instant.parse(answer.getString("reviewDueBy"));
        assertThat(due).isBefore(java.time.Instant.parse(answer.getString("receivedAt")).plusSeconds(24 * 3600));
    }

    @Test
    @DisplayName("a signal of 1.0 for csam_likely leaves the item hidden pending review: never removed, no strike, no ban")
    void neverRemoves() {
        // Arrange
        String contentId = registered("certain");

        // Act
        HttpResponse<String> sent = signal(body(contentId, "it-csam-" + RUN, "csam_likely", "1.0"));

        // Assert
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(visibility(contentId)).isEqualTo("HIDDEN_PENDING_REVIEW");
        assertThat(database().count("select count(*) from case_item i join content_item c on c.id = i.content_id"
                + " where c.platform_content_id = ? and i.status <> 'PENDING_REVIEW'", contentId)).isZero();
        assertThat(database().count("select count(*) from case_file f join case_item i on i.case_id = f.id"
                + " join content_item c on c.id = i.content_id where c.platform_content_id = ?"
                + " and f.category = 'CHILD_SEXUAL_IMAGERY'", contentId)).isEqualTo(1);
        assertThat(database().count("select count(*) from uploader_strike where uploader_id = ?",
                "uploader-" + contentId)).isZero();
        assertThat(database().count("select count(*) from uploader_ban where uploader_id = ?",
                "uploader-" + contentId)).isZero();
    }

    @Test
    @DisplayName("below the threshold the signal is recorded and nothing is hidden; with no threshold the same")
    void belowThreshold() {
        // Arrange
        String contentId = registered("below");

        // Act
        HttpResponse<String> below = signal(body(contentId, "it-vision-" + RUN, "it_probe", "0.79"));
        HttpResponse<String> unset = signal(body(contentId, "it-vision-" + RUN, "nudity", "0.99"));

        // Assert
        assertThat(below.statusCode()).as(below.body()).isEqualTo(201);
        assertThat(Http.json(below).getString("action")).isEqualTo("recorded");
        assertThat(Http.json(below).getString("reason")).isEqualTo("below_threshold");
        assertThat(Http.json(below).containsKey("caseNumber")).isFalse();
        assertThat(Http.json(unset).getString("reason")).isEqualTo("no_threshold");
        assertThat(visibility(contentId)).isEqualTo("VISIBLE");
        assertThat(casesOn(contentId)).isZero();
        assertThat(signalsOn(contentId)).isEqualTo(2);
    }

    @Test
    @DisplayName("the same signal again (by its id, or by its details) opens no second case; its id reused is 409")
    void repeated() {
        // Arrange
        String contentId = registered("again");
        String withId = "{\"signalId\":\"s-" + contentId + "\"," + body(contentId, "it-vision-" + RUN, "it_probe",
                "0.95").substring(1);

        // Act
        HttpResponse<String> first = signal(withId);
        HttpResponse<String> second = signal(withId);
        HttpResponse<String> sameDetails = signal(body(contentId, "it-vision-" + RUN, "it_probe", "0.95"));
        HttpResponse<String> reused = signal(withId.replace("0.95", "0.96"));

        // Assert
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(Http.json(second).getBoolean("repeated")).isTrue();
        assertThat(Http.json(second).getString("caseNumber")).isEqualTo(Http.json(first).getString("caseNumber"));
        assertThat(sameDetails.statusCode()).isEqualTo(200);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        assertThat(casesOn(contentId)).isEqualTo(1);
        assertThat(signalsOn(contentId)).isEqualTo(1);
        assertThat(database().count("select count(*) from report r join case_item i on i.case_id = r.case_id"
                + " join content_item c on c.id = i.content_id where c.platform_content_id = ?", contentId))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("one signal id sent for two items at the same moment: one is stored (201), the other is 409, never 500")
    void sameIdOnTwoItemsAtOnce() throws Exception {
        // Arrange: pairs of items, each pair's two signals sharing an id (different items, so different details)
        int rounds = 12;
        List<String[]> pairs = new java.util.ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            pairs.add(new String[] {registered("race-a" + round), registered("race-b" + round)});
        }

        // Act
        List<List<Integer>> statuses = AtOnce.pairs(rounds, round -> {
            String id = "race-" + RUN + "-" + round;
            String first = withSignalId(id, body(pairs.get(round)[0], "it-race-" + RUN, "it_probe", "0.10"));
            String second = withSignalId(id, body(pairs.get(round)[1], "it-race-" + RUN, "it_probe", "0.10"));
            return List.of(() -> signal(first), () -> signal(second));
        });

        // Assert
        assertThat(statuses).as("statuses per round").containsOnly(List.of(201, 409));
        assertThat(database().count("select count(*) from classifier_signal where platform_signal_id like ?",
                "race-" + RUN + "-%")).isEqualTo(rounds);
    }

    /** The same body with the platform's own signal id first. */
    private static String withSignalId(String id, String body) {
        return "{\"signalId\":\"" + id + "\"," + body.substring(1);
    }

    @Test
    @DisplayName("hostile bodies and keys get a specific problem and store nothing")
    void hostile() {
        // Arrange
        String contentId = registered("hostile");

        // Act
        HttpResponse<String> oversized = signal("{\"contentId\":\"" + contentId + "\",\"pad\":\"" + "x".repeat(5000)
                + "\"}");
        HttpResponse<String> malformed = signal("{\"contentId\":\"" + contentId + "\",");
        HttpResponse<String> wrongTypes = signal("{\"contentId\":\"" + contentId + "\",\"classifier\":7,"
                + "\"classifierVersion\":\"1\",\"label\":\"it_probe\",\"score\":\"0.99\",\"remove\":true}");
        HttpResponse<String> outOfRange = signal(body(contentId, "it-vision-" + RUN, "it_probe", "1.5"));
        HttpResponse<String> unknownItem = signal(body("never-registered-" + RUN, "it-vision-" + RUN, "it_probe",
                "0.99"));
        HttpResponse<String> noKey = http.postJson("/api/v1/signals", body(contentId, "c", "it_probe", "0.99"));
        HttpResponse<String> wrongScope = http.postJson("/api/v1/signals", body(contentId, "c", "it_probe", "0.99"),
                "Authorization", bearer("readOnly"));

        // Assert
        assertThat(oversized.statusCode()).isEqualTo(413);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(wrongTypes.statusCode()).isEqualTo(422);
        assertThat(Http.json(wrongTypes).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList())
                .containsExactlyInAnyOrder("remove", "classifier", "score");
        assertThat(outOfRange.statusCode()).isEqualTo(422);
        assertThat(outOfRange.body()).contains("score");
        assertThat(unknownItem.statusCode()).isEqualTo(422);
        assertThat(unknownItem.body()).contains("contentId");
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(wrongScope.statusCode()).isEqualTo(403);
        assertThat(wrongScope.body()).contains("signals:submit");
        for (HttpResponse<String> refused : java.util.List.of(oversized, malformed, wrongTypes, outOfRange,
                unknownItem, noKey, wrongScope)) {
            assertThat(refused.headers().firstValue("Content-Type")).as(refused.body())
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        assertThat(signalsOn(contentId)).isZero();
        assertThat(visibility(contentId)).isEqualTo("VISIBLE");
        assertThat(casesOn(contentId)).isZero();
    }

    @Test
    @DisplayName("a moderator's decision on a held item counts in the dashboard's precision")
    void precision() {
        // Arrange
        String classifier = "it-precise-" + RUN;
        String removed = registered("removed");
        String restored = registered("restored");
        long removedCase = caseOf(signal(body(removed, classifier, "it_probe", "0.9")));
        long restoredCase = caseOf(signal(body(restored, classifier, "it_probe", "0.85")));

        // Act
        decide(removedCase, "REMOVE", "OTHER_VIOLATION");
        decide(restoredCase, "RESTORE", "NO_VIOLATION");
        StaffClient admin = (StaffClient) portal.get("admin");
        admin.get("/staff/dashboard");
        String page = admin.lastPage();
        HttpResponse<String> read = http.get("/api/v1/signals/" + database().count(
                "select max(s.id) from classifier_signal s join content_item c on c.id = s.content_item_id"
                + " where c.platform_content_id = ?", removed), "Authorization", bearer("key"));

        // Assert
        int row = page.indexOf("id=\"precision-" + classifier + "-it_probe\"");
        assertThat(row).as("the classifier's row on the dashboard").isPositive();
        String cells = page.substring(row, page.indexOf("</tr>", row));
        assertThat(cells).contains("class=\"flagged\">2<").contains("class=\"decided\">2<")
                .contains("class=\"confirmed\">1<").contains("Too few to say");
        assertThat(Http.json(read).getString("outcome")).isEqualTo("confirmed");
        assertThat(visibility(removed)).isEqualTo("REMOVED");
        assertThat(visibility(restored)).isEqualTo("RESTORED");
    }

    private static long caseOf(HttpResponse<String> sent) {
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        return Long.parseLong(Http.json(sent).getString("caseNumber").substring(2));
    }

    private void decide(long caseId, String decision, String reason) {
        StaffClient mona = (StaffClient) portal.get("mona");
        mona.get("/staff/case?id=" + caseId);
        mona.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        mona.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", decision, "review:items:0:reason", reason));
        assertThat(mona.lastPage()).doesNotContain("id=\"review-error\"");
    }
}
