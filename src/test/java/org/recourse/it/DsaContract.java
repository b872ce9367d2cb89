package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.recourse.testing.Deployments;
import org.recourse.testing.DsaReceiver;
import org.recourse.testing.Poll;
import org.recourse.testing.TestDatabase;

/**
 * Statements of reasons submitted to the EU DSA transparency database from a real Payara Micro, through the outbox
 * and the local test receiver (never the real database): statements go in batches of at most 100 and each is created
 * once; while the receiver is down they wait and are retried until it answers 201; a statement whose text would carry
 * personal data is refused before it leaves and shown dead. The statements are written as the statements part stores
 * them, and reach the outbox through the job that catches up statements not yet queued.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DsaContract {

    static final String TOKEN = "7|it-only-dsa-token";
    static final Duration WAIT = Duration.ofSeconds(90);
    static final String ADMIN_PASSWORD = "first portal password 42";
    private static final Map<Class<?>, DsaReceiver> RECEIVERS = new HashMap<>();

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
