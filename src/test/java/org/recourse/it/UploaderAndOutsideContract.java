package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.clients.ApiKey;
import org.recourse.testing.Http;
import org.recourse.testing.Poll;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * What a platform says about an uploader (through registration and screening), kept apart, refused whole when any
 * field is wrong, and erased by the retention job unless the item was removed; and the outside addresses reporters
 * gave, grouped by host for a supervisor, exported without reporters' details, referred, and shown on the case.
 */
abstract class UploaderAndOutsideContract {

    static final String ADMIN_PASSWORD = "first portal password 42";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0";
    private static final Map<String, Map<String, StaffClient>> TEAMS = new HashMap<>();
    private static final Map<String, ApiKey> KEYS = new HashMap<>();

    URL base;

    /** The portal under test: the shared deployment this contract runs in, as a nested class. */
    abstract URL portal();

    Http http;
    Map<String, StaffClient> team;
    ApiKey key;

    /** The settings of this deployment, on top of its database: the retention job every second. */
    static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.jobs.retention-interval", "PT1S");
        return settings;
    }

    abstract TestDatabase database();

    @BeforeEach
    void arrange() throws Exception {
        base = portal();
        http = new Http(base.toURI());
        key = KEYS.computeIfAbsent(base.toString(), c -> {
            ApiKey made = ApiKey.generate();
            execute("""
                    insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                    values ('Uploads', ?, ?, 'content:register content:read screen', ?, 'test')""",
                    made.prefix(), made.hash(), OffsetDateTime.now(ZoneOffset.UTC));
            return made;
        });
        team = TEAMS.computeIfAbsent(base.toString(), c -> new HashMap<>());
        if (!team.isEmpty()) {
            return;
        }
        StaffClient admin = SignedInAdmins.of(base, ADMIN_PASSWORD);
        team.put("admin", admin);
        for (String[] member : List.of(new String[] {"mona", "MODERATOR"}, new String[] {"sam", "SUPERVISOR"})) {
            team.put(member[0], SharedStaff.member(base, ADMIN_PASSWORD, member[0], member[1],
                    "correct horse battery staple " + member[1].length()));
        }
    }

    private static String uploader(String name, String... events) {
        return ",\"uploadedAt\":\"2026-12-01T09:58:12Z\",\"uploader\":{\"screenName\":\"" + name + "\","
                + "\"email\":\"" + name + "@mail.example\",\"ipEvents\":[" + String.join(",", events) + "]}";
    }

    private static String event(String address, String type, String at) {
        return "{\"ipAddress\":\"" + address + "\",\"event\":\"" + type + "\",\"at\":\"" + at + "\",\"port\":443}";
    }

    private HttpResponse<String> register(String id, String sha, String extra) {
        return http.postJson("/api/v1/content", "{\"contentId\":\"" + id + "\",\"url\":\"https://platform.example/p/"
                + id + "\",\"mediaType\":\"image/jpeg\",\"uploaderId\":\"user-" + id + "\",\"sha256\":\"" + sha + "\""
                + extra + "}", "Authorization", "Bearer " + key.value());
    }

    private long contextRows(String contentId) {
        return database().count("""
                select count(*) from uploader_context u join content_item c on c.id = u.content_item_id
                where c.platform_content_id = ?""", contentId);
    }

    private long eventRows(String contentId) {
        return database().count("""
                select count(*) from uploader_ip_event e join content_item c on c.id = e.content_item_id
                where c.platform_content_id = ?""", contentId);
    }

    @Test
    @DisplayName("registration keeps the uploader's account apart, once; a wrong field refuses the whole body")
    void registrationKeepsTheUploader() {
        // Arrange
        String context = uploader("sunny", event("203.0.113.7", "upload", "2026-12-01T09:58:10Z"),
                event("2001:DB8::1", "login", "2026-11-30T20:01:00Z"));

        // Act: registered, then the same again, then with a new event and a new screen name
        HttpResponse<String> first = register("ctx-1", SHA + "1", context);
        HttpResponse<String> again = register("ctx-1", SHA + "1", context);
        HttpResponse<String> more = register("ctx-1", SHA + "1", uploader("sunny_2",
                event("203.0.113.7", "upload", "2026-12-01T09:58:10Z"),
                event("198.51.100.4", "login", "2026-12-02T08:00:00Z")));

        // Assert
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(contextRows("ctx-1")).isEqualTo(1);
        assertThat(eventRows("ctx-1")).isEqualTo(3);
        List<Map<String, Object>> stored = database().query("""
                select u.screen_name, u.email from uploader_context u join content_item c on c.id = u.content_item_id
                where c.platform_content_id = 'ctx-1'""");
        assertThat(stored.get(0)).containsEntry("screen_name", "sunny_2").containsEntry("email", "sunny_2@mail.example");
        assertThat(database().query("""
                select e.ip_address from uploader_ip_event e join content_item c on c.id = e.content_item_id
                where c.platform_content_id = 'ctx-1' order by e.occurred_at""")).extracting(r -> r.get("ip_address"))
                .containsExactly("2001:db8::1", "203.0.113.7", "198.51.100.4");

        // Act: hostile bodies, for a new item and for the one registered
        HttpResponse<String> hostile = register("ctx-2", SHA + "2", ",\"uploadedAt\":\"2099-01-01T00:00:00Z\","
                + "\"uploader\":{\"screenName\":\"x\",\"email\":\"x@y\",\"isp\":1,\"ipEvents\":["
                + event("attacker.example", "upload", "2026-12-01T00:00:00Z") + ","
                + event("192.0.2.1:80", "logout", "soon") + "]}");
        HttpResponse<String> hostileAgain = register("ctx-1", SHA + "1", uploader("evil",
                event("10.0.0.1", "login", "2026-12-01T00:00:00Z"), event("::1%lo", "login", "2026-12-01T00:00:00Z")));

        // Assert: every problem named as problem+json, nothing stored
        assertThat(hostile.statusCode()).isEqualTo(422);
        assertThat(hostile.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(hostile.body()).contains("\"uploadedAt\"", "\"uploader.email\"", "\"uploader.isp\"",
                "\"uploader.ipEvents[0].ipAddress\"", "\"uploader.ipEvents[1].ipAddress\"",
                "\"uploader.ipEvents[1].event\"", "\"uploader.ipEvents[1].at\"");
        assertThat(database().count("select count(*) from content_item where platform_content_id = 'ctx-2'")).isZero();
        assertThat(hostileAgain.statusCode()).isEqualTo(422);
        assertThat(hostileAgain.body()).contains("uploader.ipEvents[1].ipAddress");
        assertThat(eventRows("ctx-1")).isEqualTo(3);
        assertThat(database().query("""
                select u.screen_name from uploader_context u join content_item c on c.id = u.content_item_id
                where c.platform_content_id = 'ctx-1'""").get(0)).containsEntry("screen_name", "sunny_2");
    }

    @Test
    @DisplayName("screening keeps the uploader's account of an upload it holds, and of none it allows")
    void screeningKeepsTheUploaderOfAHeldUpload() {
        // Arrange: an item reported, so hidden pending review
        assertThat(register("ctx-orig", SHA + "3", "").statusCode()).isEqualTo(201);
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"ctx-orig\"}],"
                + "\"category\":\"survivor_adult_image\",\"selfReport\":true}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);

        // Act: the same bytes uploaded again, and an unrelated upload
        HttpResponse<String> held = http.postJson("/api/v1/screen", "{\"contentId\":\"ctx-reup\",\"url\":"
                + "\"https://platform.example/p/ctx-reup\",\"uploaderId\":\"user-77\",\"sha256\":\"" + SHA + "3\""
                + uploader("reuploader", event("203.0.113.9", "upload", "2026-12-01T10:00:00Z")) + "}",
                "Authorization", "Bearer " + key.value());
        HttpResponse<String> allowed = http.postJson("/api/v1/screen", "{\"contentId\":\"ctx-fine\",\"url\":"
                + "\"https://platform.example/p/ctx-fine\",\"uploaderId\":\"user-78\",\"sha256\":\"" + SHA + "4\""
                + uploader("fine", event("203.0.113.10", "upload", "2026-12-01T10:00:00Z")) + "}",
                "Authorization", "Bearer " + key.value());
        HttpResponse<String> refused = http.postJson("/api/v1/screen", "{\"sha256\":\"" + SHA + "3\","
                + "\"uploader\":{\"ipEvents\":[" + event("203.0.113.9", "upload", "2026-12-01T10:00:00Z").repeat(1)
                + ",1]}}", "Authorization", "Bearer " + key.value());

        // Assert
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        assertThat(Http.json(held).getString("verdict")).isEqualTo("HOLD");
        assertThat(contextRows("ctx-reup")).isEqualTo(1);
        assertThat(eventRows("ctx-reup")).isEqualTo(1);
        assertThat(Http.json(allowed).getString("verdict")).isEqualTo("ALLOW");
        assertThat(database().count("select count(*) from uploader_context u join content_item c "
                + "on c.id = u.content_item_id where c.uploader_id = 'user-78'")).isZero();
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("uploader.ipEvents[1]");
    }

    @Test
    @DisplayName("the retention job erases old context of items still shown, and keeps that of removed ones")
    void retentionErasesUnlessRemoved() {
        // Arrange: two items with context; one reported and removed
        String context = uploader("kept", event("203.0.113.11", "upload", "2026-12-01T10:00:00Z"));
        assertThat(register("ctx-shown", SHA + "5", context).statusCode()).isEqualTo(201);
        assertThat(register("ctx-removed", SHA + "6", context).statusCode()).isEqualTo(201);
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"ctx-removed\"}],"
                + "\"category\":\"survivor_adult_image\",\"selfReport\":true}");
        String reference = Http.json(filed).getString("reference");
        long caseId = database().count("select case_id from report where reference = ?", reference.replace("-", ""));
        StaffClient admin = team.get("admin");
        admin.get("/staff/case?id=" + caseId);
        admin.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        admin.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", "REMOVE", "review:items:0:reason", "SURVIVOR_IMAGE"));
        assertThat(admin.lastPage()).doesNotContain("id=\"review-error\"");

        // Act: both were first received 100 days ago (the setting is 90)
        execute("""
                update uploader_context set received_at = ? where content_item_id in (select id from content_item
                where platform_content_id in ('ctx-shown', 'ctx-removed'))""",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(100));

        // Assert
        Poll.until(Duration.ofSeconds(30), () -> contextRows("ctx-shown"), n -> n == 0, "the shown item's erased");
        assertThat(eventRows("ctx-shown")).isZero();
        assertThat(contextRows("ctx-removed")).isEqualTo(1);
        assertThat(eventRows("ctx-removed")).isEqualTo(1);
    }

    @Test
    @DisplayName("outside addresses: grouped by host, exported without reporters, referred, shown on the case")
    void outsideAddresses() {
        // Arrange: reports naming addresses elsewhere, one with the reporter's address for mail
        HttpResponse<String> first = http.postJson("/api/v1/reports", "{\"items\":[{\"url\":"
                + "\"https://elsewhere.example/a.jpg\"},{\"url\":\"https://Elsewhere.example/b.jpg\"}],"
                + "\"category\":\"child_sexual_imagery\",\"contact\":{\"email\":\"reporter@mail.example\","
                + "\"consent\":true}}");
        HttpResponse<String> second = http.postJson("/api/v1/reports", "{\"items\":[{\"url\":"
                + "\"https://other.example/p?q=%3Cscript%3Ealert(1)%3C/script%3E&x=1\"}],"
                + "\"category\":\"child_sexual_imagery\",\"details\":\"my name is Alex\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        long caseId = database().count("select case_id from report where reference = ?",
                Http.json(first).getString("reference").replace("-", ""));
        StaffClient sam = team.get("sam");

        // Act, Assert: the list, grouped, escaped, in both languages
        String page = sam.get("/staff/supervise/outside?lang=en").body();
        assertThat(page).contains("data-host=\"elsewhere.example\"", "data-host=\"other.example\"",
                "https://elsewhere.example/a.jpg", "https://elsewhere.example/b.jpg",
                "https://other.example/p?q=%3Cscript%3Ealert(1)%3C/script%3E&amp;x=1", "Not yet")
                .doesNotContain("<script>alert", "reporter@mail.example", "CHILD_SEXUAL_IMAGERY");
        assertThat(sam.get("/staff/supervise/outside?lang=fr").body()).contains("Adresses extérieures", "Pas encore");
        assertThat(sam.get("/staff/supervise/outside?host=elsewhere").body()).contains("elsewhere.example")
                .doesNotContain("data-host=\"other.example\"");

        // Act, Assert: the exports hold the addresses, never the reporters
        HttpResponse<String> txt = sam.get("/staff/supervise/outside/export?format=txt&host=elsewhere");
        assertThat(txt.statusCode()).isEqualTo(200);
        assertThat(txt.body().split("\n")).containsExactlyInAnyOrder("https://elsewhere.example/a.jpg",
                "https://elsewhere.example/b.jpg");
        HttpResponse<String> csv = sam.get("/staff/supervise/outside/export?format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("url,host,first_reported,case_number,category\r\n")
                .contains(String.format("\"https://elsewhere.example/a.jpg\",\"elsewhere.example\",\"%s\",\"C-%06d\","
                        + "\"child_sexual_imagery\"", LocalDate.now(ZoneOffset.UTC), caseId))
                .doesNotContain("reporter@mail.example", "Alex");

        // Act: a referral of the whole host
        sam.get("/staff/supervise/outside?target=host:elsewhere.example");
        sam.submit("/staff/supervise/outside", "refer", "refer:record", Map.of("target", "host:elsewhere.example",
                "refer:recipient", "CYBERTIP_CA", "refer:referredOn", LocalDate.now(ZoneOffset.UTC).toString(),
                "refer:theirReference", "PA-7781"));
        String response = sam.lastPage();
        String after = sam.get("/staff/supervise/outside?referred=2&lang=en").body();

        // Assert: recorded on each address's case, audited, shown on the list and the case page
        assertThat(database().count("select count(*) from outside_referral where case_id = ? and "
                + "recipient = 'CYBERTIP_CA' and their_reference = 'PA-7781' and recorded_by = 'sam'", caseId))
                .as(response).isEqualTo(2);
        assertThat(database().count("select count(*) from audit_event where action = 'outside.referred'"))
                .isEqualTo(2);
        assertThat(database().count("select count(*) from audit_event where action = 'outside.exported'"))
                .isEqualTo(2);
        assertThat(after).contains("The referral is recorded for 2 addresses.", "Every address");
        assertThat(sam.get("/staff/supervise/outside?unreferred=true").body())
                .doesNotContain("data-host=\"elsewhere.example\"").contains("data-host=\"other.example\"");
        String casePage = sam.get("/staff/case?id=" + caseId + "&lang=en").body();
        assertThat(casePage).contains("id=\"outside-referrals\"", "Referred to Cybertip.ca (Project Arachnid)",
                "Their reference: PA-7781.", "recorded by sam");
        assertThat(sam.get("/staff/case?id=" + caseId + "&lang=fr").body())
                .contains("Transmise à Cyberaide.ca (Projet Arachnid)", "Leur référence : PA-7781.");

        // Act, Assert: a referral with nothing chosen, or to the police unnamed, is refused and records nothing
        sam.get("/staff/supervise/outside");
        sam.submit("/staff/supervise/outside", "refer", "refer:record", Map.of("target", "host:other.example",
                "refer:recipient", "POLICE", "refer:referredOn", LocalDate.now(ZoneOffset.UTC).toString()));
        assertThat(sam.lastPage()).contains("id=\"refer-error\"");
        assertThat(database().count("select count(*) from outside_referral")).isEqualTo(2);

        // Act, Assert: a moderator may neither list, export nor refer
        StaffClient mona = team.get("mona");
        assertThat(mona.get("/staff/supervise/outside").statusCode()).isEqualTo(403);
        assertThat(mona.get("/staff/supervise/outside.xhtml").statusCode()).isEqualTo(403);
        assertThat(mona.get("/staff/supervise/outside/export?format=csv").statusCode()).isEqualTo(403);
        assertThat(mona.get("/staff/case?id=" + caseId).body()).contains("id=\"outside-referrals\"");
    }

    private void execute(String sql, Object... parameters) {
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
}
