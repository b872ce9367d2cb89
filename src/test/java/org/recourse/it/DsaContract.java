package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.clients.ApiKey;
import org.recourse.staff.Totp;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.StaffClient;
import org.recourse.testing.DsaReceiver;
import org.recourse.testing.Poll;
import org.recourse.testing.TestDatabase;

/**
 * Statements of reasons submitted to the EU DSA transparency database from a real Payara Micro, through the outbox
 * and the local test receiver (never the real database): statements go in batches of at most 100 and each is created
 * once; while the receiver is down they wait and are retried until it answers 201; a statement whose text would carry
 * personal data is refused before it leaves and shown dead. The statements are written as the statements part stores
 * them, and reach the outbox through the job that catches up statements not yet queued; and one real report, from
 * the public API to a moderator's removal, reaches the receiver as mapped statements with nothing personal in them.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DsaContract {

    static final String TOKEN = "7|it-only-dsa-token";
    static final Duration WAIT = Duration.ofSeconds(90);
    private static final String REPORTER_WORDS = "I saw my neighbour's photo posted here without consent";
    private static final String REPORTER_EMAIL = "reporter-dsa@example.org";
    private static final String UPLOADER = "uploader-dsa-night-owl";
    private static final String SCREEN_NAME = "NightOwlForever";
    static final String ADMIN_PASSWORD = "first portal password 42";
    static final String ADMIN_NEW_PASSWORD = "correct horse battery staple 9";
    private static final Map<Class<?>, DsaReceiver> RECEIVERS = new HashMap<>();
    /** Per portal (a class boots its own): the admin's enrolled session and the last authenticator step used. */
    private static final Map<Class<?>, Map<String, Object>> PORTALS = new HashMap<>();

    @ArquillianResource
    URL base;

    abstract TestDatabase database();

    static WebArchive deployment(Class<?> test, Map<String, String> database) {
        DsaReceiver receiver = DsaReceiver.start(TOKEN);
        RECEIVERS.put(test, receiver);
        Map<String, String> settings = new HashMap<>(database);
        settings.put("recourse.demo.enabled", "false");
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        settings.put("recourse.dsa.enabled", "true");
        settings.put("recourse.dsa.url", receiver.url());
        settings.put("recourse.dsa.token", TOKEN);
        settings.put("recourse.dsa.terms-url", "https://platform.example/terms");
        settings.put("recourse.dsa.timeout", "PT5S");
        settings.put("recourse.dsa.retry.first-delay", "PT1S");
        settings.put("recourse.dsa.retry.max-delay", "PT2S");
        settings.put("recourse.jobs.dsa-interval", "PT1S");
        return Deployments.recourse(settings);
    }

    @BeforeEach
    void arrange() {
        receiver().up();
    }

    private DsaReceiver receiver() {
        return RECEIVERS.get(getClass());
    }

    /** The admin, enrolled once per portal (its one-time password works once); not signed in. */
    StaffClient admin() {
        Map<String, Object> portal = PORTALS.computeIfAbsent(getClass(), c -> new HashMap<>());
        if (!portal.containsKey("admin")) {
            StaffClient admin = new StaffClient(URI.create(base.toString()));
            portal.put("password", admin.setUp("admin", ADMIN_PASSWORD, ADMIN_NEW_PASSWORD));
            portal.put("admin", admin);
        }
        return (StaffClient) portal.get("admin");
    }

    /** The admin's password in force after the set-up (the configured one, unless it had to be changed). */
    String adminPassword() {
        admin();
        return (String) PORTALS.get(getClass()).get("password");
    }

    /**
     * The next authenticator step no sign-in of this portal's admin used yet (a code is accepted once): waits for the
     * clock's next step when the test's other sign-in took this one.
     */
    long freshStep() throws InterruptedException {
        Map<String, Object> portal = PORTALS.computeIfAbsent(getClass(), c -> new HashMap<>());
        long last = (Long) portal.getOrDefault("lastStep", -1L);
        while (Totp.step(Instant.now()) + 1 <= last) {
            Thread.sleep(500);
        }
        long step = Totp.step(Instant.now()) + 1;
        portal.put("lastStep", step);
        return step;
    }

    /** Writes {@code count} statements of hidden content as the statements part stores them; returns their ids. */
    List<Long> issue(int count, String policyGround) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into statement_of_reasons (public_id, scope, subject_key, version, platform_content_id,
                    uploader_id, restriction, category, detection, policy_ground, illegal, legal_ground,
                    automated_detection, automated_decision, appeal_until, appeal_address, issued_at)
                values (?, 'CONTENT', ?, 1, ?, 'uploader-night-owl', 'HIDDEN_PENDING_REVIEW', 'CHILD_SEXUAL_IMAGERY',
                    'REPORT', ?, false, null, false, 'FULLY', ?,
                    'https://platform.example/appeals', ?)""", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                String content = "dsa-" + UUID.randomUUID();
                insert.setString(1, "sor_" + UUID.randomUUID().toString().replaceAll("[^0-9a-f]", "")
                        .replaceAll("[ilou]", "0").substring(0, 26));
                insert.setString(2, "content:" + content);
                insert.setString(3, content);
                insert.setString(4, policyGround);
                insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC).plusMonths(6));
                insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    List<Map<String, Object>> submissions(List<Long> ids) {
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return database().query("select * from dsa_submission where statement_id in (" + in + ") order by id");
    }

    private List<Map<String, Object>> sent(List<Long> ids) {
        return submissions(ids).stream().filter(row -> "SENT".equals(row.get("status"))).toList();
    }

    /** What the receiver created for these submissions' puids. */
    private List<JsonObject> created(List<Map<String, Object>> rows) {
        Set<Object> puids = rows.stream().map(row -> row.get("puid")).collect(Collectors.toSet());
        return receiver().statements().stream().filter(s -> puids.contains(s.getString("puid"))).toList();
    }

    @Test
    @DisplayName("a real report, from the public API to a moderator's removal: the database receives the hiding, the "
            + "removal and the ban, mapped, in batches, and not a word of the reporter or a name of the uploader")
    void realReportToTheDatabase() throws Exception {
        // Arrange: the platform registers an upload (with its uploader's screen name), a moderator is signed in
        String contentId = "dsa-real-" + UUID.randomUUID().toString().substring(0, 8);
        String key = apiKey("content:register");
        Http http = new Http(base.toURI());
        HttpResponse<String> registered = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"image/png\","
                + "\"uploaderId\":\"" + UPLOADER + "\",\"uploader\":{\"screenName\":\"" + SCREEN_NAME + "\"},"
                + "\"bytes\":\"" + Base64.getEncoder().encodeToString(("pixels of " + contentId)
                        .getBytes(StandardCharsets.UTF_8)) + "\"}", "Authorization", "Bearer " + key);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        StaffClient moderator = moderator();

        // Act: a person reports it with their own words and address; it is hidden at once
        HttpResponse<String> filed = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"non_consensual_intimate_image\",\"details\":\"" + REPORTER_WORDS
                + "\",\"contact\":{\"email\":\"" + REPORTER_EMAIL + "\",\"consent\":true}}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        List<Map<String, Object>> hidden = Poll.until(WAIT, () -> submitted(contentId), rows -> rows.size() == 1
                && "SENT".equals(rows.get(0).get("status")), "the hiding sent");

        // Act: the moderator removes it
        long caseId = database().count("select case_id from report where reference = ?",
                Http.json(filed).getString("reference").replace("-", ""));
        moderator.get("/staff/case?id=" + caseId);
        moderator.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        moderator.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                Map.of("review:items:0:decision", "REMOVE", "review:items:0:reason", "NON_CONSENSUAL_INTIMATE_IMAGE"));
        assertThat(moderator.lastPage()).doesNotContain("id=\"review-error\"");

        // Assert: the hiding, then the removal and the uploader's ban, each created once, in batches of 1 to 100
        List<Map<String, Object>> rows = Poll.until(WAIT, () -> submitted(contentId), all -> all.size() == 3
                && all.stream().allMatch(row -> "SENT".equals(row.get("status"))), "hiding, removal and ban sent");
        assertThat(rows.get(0).get("puid")).isEqualTo(hidden.get(0).get("puid"));
        // The removal and the ban are issued in the same deciding transaction, in either order.
        assertThat(rows.get(0).get("restriction")).isEqualTo("HIDDEN_PENDING_REVIEW");
        assertThat(rows.subList(1, 3)).extracting(row -> row.get("restriction"))
                .containsExactlyInAnyOrder("REMOVED", "UPLOADER_BANNED");
        assertThat(receiver().batches()).allSatisfy(size -> assertThat(size).isBetween(1, 100));
        List<JsonObject> received = rows.stream().map(row -> receiver().statements().stream()
                .filter(s -> s.getString("puid").equals(row.get("puid"))).collect(Collectors.toList()))
                .peek(found -> assertThat(found).hasSize(1)).map(found -> found.get(0)).toList();
        JsonObject hiding = received.get(0);
        int removed = rows.get(1).get("restriction").equals("REMOVED") ? 1 : 2;
        JsonObject removal = received.get(removed);
        JsonObject ban = received.get(3 - removed);
        assertThat(hiding.getJsonArray("decision_visibility").getString(0))
                .isEqualTo("DECISION_VISIBILITY_CONTENT_DISABLED");
        assertThat(hiding.getString("source_type")).isEqualTo("SOURCE_ARTICLE_16");
        assertThat(hiding.getString("automated_detection")).isEqualTo("No");
        assertThat(hiding.getString("automated_decision")).isEqualTo("AUTOMATED_DECISION_FULLY");
        assertThat(removal.getJsonArray("decision_visibility").getString(0))
                .isEqualTo("DECISION_VISIBILITY_CONTENT_REMOVED");
        assertThat(removal.getString("automated_decision")).isEqualTo("AUTOMATED_DECISION_NOT_AUTOMATED");
        assertThat(ban.getString("decision_account")).isEqualTo("DECISION_ACCOUNT_TERMINATED");
        assertThat(ban.containsKey("decision_visibility")).isFalse();
        assertThat(received).allSatisfy(statement -> {
            assertThat(DsaReceiver.validate(statement)).isEmpty();
            assertThat(statement.getString("category")).isEqualTo("STATEMENT_CATEGORY_CYBER_VIOLENCE");
            assertThat(statement.getJsonArray("category_specification").getString(0))
                    .isEqualTo("KEYWORD_NON_CONSENSUAL_IMAGE_SHARING");
            assertThat(statement.getString("decision_ground")).isEqualTo("DECISION_GROUND_ILLEGAL_CONTENT");
            assertThat(statement.getJsonArray("content_type").getString(0)).isEqualTo("CONTENT_TYPE_IMAGE");
            assertThat(statement.toString()).doesNotContain(REPORTER_WORDS, REPORTER_EMAIL, UPLOADER, SCREEN_NAME,
                    contentId, "platform.example/p/", Http.json(filed).getString("reference"));
        });
        assertThat(receiver().statements().toString()).doesNotContain(REPORTER_WORDS, REPORTER_EMAIL, SCREEN_NAME);
    }

    /** The submissions of the statements about a content item (its visibility, its uploader's ban), in order. */
    private List<Map<String, Object>> submitted(String contentId) {
        return database().query("select s.restriction, d.status, d.puid from dsa_submission d join "
                + "statement_of_reasons s on s.id = d.statement_id where s.platform_content_id = ? order by d.id",
                contentId);
    }

    /** A platform key with these scopes, written as the admin page stores one. */
    private String apiKey(String scopes) throws Exception {
        ApiKey key = ApiKey.generate();
        try (Connection connection = database().connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values (?, ?, ?, ?, ?, 'test')""")) {
            insert.setString(1, "Platform " + key.prefix());
            insert.setString(2, key.prefix());
            insert.setString(3, key.hash());
            insert.setString(4, scopes);
            insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return key.value();
    }

    /** A moderator created by the admin and signed in (once per portal). */
    private StaffClient moderator() throws Exception {
        Map<String, Object> portal = PORTALS.computeIfAbsent(getClass(), c -> new HashMap<>());
        if (!portal.containsKey("moderator")) {
            StaffClient admin = admin();
            freshStep();
            admin.signIn("admin", adminPassword());
            String oneTime = StaffWorkspaceContract.create(admin, "dara", "MODERATOR");
            StaffClient dara = new StaffClient(URI.create(base.toString()));
            dara.firstSignIn("dara", oneTime, ADMIN_NEW_PASSWORD);
            portal.put("moderator", dara);
        }
        return (StaffClient) portal.get("moderator");
    }

    @Test
    @DisplayName("150 statements go in batches of at most 100, each created once with the database's uuid")
    void batches() throws Exception {
        // Arrange
        String policy = "Terms of service, section 4.2: sexual content involving minors is prohibited.";

        // Act
        List<Long> ids = issue(150, policy);

        // Assert
        List<Map<String, Object>> rows = Poll.until(WAIT, () -> sent(ids), done -> done.size() == 150,
                "150 statements sent");
        assertThat(rows).allSatisfy(row -> assertThat((String) row.get("database_uuid")).matches("[0-9a-f-]{36}"));
        assertThat(created(rows)).hasSize(150);
        assertThat(receiver().batches()).allSatisfy(size -> assertThat(size).isBetween(1, 100)).contains(100);
        assertThat(created(rows)).allSatisfy(statement -> {
            assertThat(DsaReceiver.validate(statement)).isEmpty();
            assertThat(statement.toString()).doesNotContain("uploader-night-owl").doesNotContain("dsa-")
                    .doesNotContain("appeals");
        });
    }

    @Test
    @DisplayName("while the database is down statements wait and are retried; once it is up each is created once")
    void retriedUntilCreated() throws Exception {
        // Arrange
        receiver().down();
        List<Long> ids = issue(3, "Terms of service, section 4.2: sexual content involving minors is prohibited.");
        Poll.until(WAIT, () -> submissions(ids), rows -> rows.size() == 3 && rows.stream()
                .allMatch(row -> ((Number) row.get("attempts")).intValue() >= 2), "three failed attempts at least");

        // Act
        receiver().up();

        // Assert
        List<Map<String, Object>> rows = Poll.until(WAIT, () -> sent(ids), done -> done.size() == 3,
                "3 statements sent");
        Poll.holdsFor(Duration.ofSeconds(3), () -> created(rows).size(), size -> size == 3, "sent once");
        assertThat(receiver().answers()).contains(503, 201);
    }

    @Test
    @DisplayName("a statement whose text would carry personal data is refused before it leaves, dead for an admin")
    void personalDataRefused() throws Exception {
        // Act
        List<Long> ids = issue(1, "Contact the moderator at mod@platform.example about this.");
        List<Long> clean = issue(1, "Terms of service, section 4.2: sexual content involving minors is prohibited.");

        // Assert
        Poll.until(WAIT, () -> sent(clean), done -> done.size() == 1, "the clean statement sent");
        Map<String, Object> refused = Poll.until(WAIT, () -> submissions(ids), rows -> rows.size() == 1,
                "the refused statement stored").get(0);
        assertThat(refused.get("status")).isEqualTo("DEAD");
        assertThat(refused.get("refused")).isEqualTo(true);
        assertThat(refused.get("payload")).isNull();
        assertThat((String) refused.get("last_error")).contains("incompatible_content_ground: an e-mail address")
                .doesNotContain("mod@platform.example");
        assertThat(receiver().statements()).noneMatch(s -> s.toString().contains("mod@platform.example"));
        assertThat(database().count("select count(*) from audit_event where action = 'dsa.refused'"))
                .isGreaterThanOrEqualTo(1);
    }
}
