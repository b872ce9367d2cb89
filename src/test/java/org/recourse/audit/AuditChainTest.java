package org.recourse.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;

/**
 * The audit chain on H2 and PostgreSQL: keyed with an HMAC, so a row that is altered, missing, or rewritten
 * consistently with the old unkeyed SHA-256 (as anyone who can write to the database could do before) is named; and
 * a log written before the key is sealed under it once, saying whether its old chain was intact.
 */
@DisplayName("Audit chain: keyed, verified row by row, old logs sealed once")
class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final String GENESIS = "0".repeat(64);
    private static final ChainKey KEY = new ChainKey("tests-only audit chain key, 32+b".getBytes(StandardCharsets.UTF_8));

    private final MovableClock clock = new MovableClock(T0);

    @AfterAll
    static void cleanUp() {
        JpaDatabase.both().forEach(AuditChainTest::reset);
    }

    private static void reset(JpaDatabase db) {
        update(db, "delete from audit_event");
        update(db, "update audit_head set last_id = 0, last_hash = ?, hash_version = 2 where id = 1", GENESIS);
    }

    private static void update(JpaDatabase db, String sql, Object... parameters) {
        try (Connection connection = db.jdbc().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private AuditLog log(EntityManager em, ChainKey key) {
        AuditLog log = new AuditLog();
        log.em = em;
        log.clock = clock;
        log.useKey(key);
        return log;
    }

    /** Records n events, a second apart, in one transaction each. */
    private void record(EntityManager em, int n) {
        AuditLog log = log(em, KEY);
        for (int i = 1; i <= n; i++) {
            String detail = "detail " + i;
            inTransaction(em, () -> log.record("admin", "test.action", "subject", detail));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    private AuditLog.Verification verify(EntityManager em) {
        return inTransaction(em, () -> log(em, KEY).verify());
    }

    /** The old scheme, as anyone reading the old code could compute it: SHA-256 over length-prefixed fields. */
    private static String unkeyed(String previous, long id, Instant at, String actor, String action, String subject,
            String detail) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String field : new String[] {previous, Long.toString(id), at.toString(), actor, action, subject, detail}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            digest.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Rewrites rows from {@code from} on, and the head, with consistent unkeyed hashes: the old attack. */
    private static void rewriteUnkeyed(JpaDatabase db, long from) throws Exception {
        List<Map<String, Object>> rows = db.jdbc().query("select id, occurred_at, actor, action, subject, detail, "
                + "previous_hash from audit_event order by id");
        String previous = (String) rows.get((int) from - 1).get("previous_hash");
        long last = 0;
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("id")).longValue();
            if (id < from) {
                continue;
            }
            Instant at = T0.plusSeconds(id - 1);
            String hash = unkeyed(previous, id, at, (String) row.get("actor"), (String) row.get("action"),
                    (String) row.get("subject"), (String) row.get("detail"));
            update(db, "update audit_event set previous_hash = ?, hash = ? where id = ?", previous, hash, id);
            previous = hash;
            last = id;
        }
        update(db, "update audit_head set last_id = ?, last_hash = ? where id = 1", last, previous);
    }

    /** Writes rows as the portal did before the chain was keyed, with the head marked as not keyed (as V14 does). */
    private static void writeOldLog(JpaDatabase db, int n) throws Exception {
        String previous = GENESIS;
        for (long id = 1; id <= n; id++) {
            Instant at = T0.plusSeconds(id - 1);
            String hash = unkeyed(previous, id, at, "admin", "old.action", "subject", "old detail " + id);
            update(db, "insert into audit_event (id, occurred_at, actor, action, subject, detail, previous_hash, hash) "
                    + "values (?, ?, 'admin', 'old.action', 'subject', ?, ?, ?)", id,
                    OffsetDateTime.ofInstant(at, ZoneOffset.UTC), "old detail " + id, previous, hash);
            previous = hash;
        }
        update(db, "update audit_head set last_id = ?, last_hash = ?, hash_version = 1 where id = 1", (long) n, previous);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("an intact chain verifies; a tampered row is named")
    void tamperedRow(JpaDatabase db) {
        // Arrange
        reset(db);
        EntityManager em = db.entityManager();
        record(em, 5);
        assertThat(verify(em).intact()).isTrue();
        assertThat(verify(em).rowsChecked()).isEqualTo(5);

        // Act
        update(db, "update audit_event set detail = 'rewritten history' where id = 3");

        // Assert
        AuditLog.Verification broken = verify(em);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenId()).isEqualTo(3);
        assertThat(broken.problem()).isEqualTo(AuditLog.Problem.ALTERED);
        assertThat(broken.problemIn(java.util.Locale.ENGLISH)).contains("changed after it was written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a missing row is named, and so is a cut-off end")
    void missingRow(JpaDatabase db) {
        // Arrange
        reset(db);
        EntityManager em = db.entityManager();
        record(em, 5);

        // Act / Assert: the middle
        update(db, "delete from audit_event where id = 3");
        AuditLog.Verification gap = verify(em);
        assertThat(gap.firstBrokenId()).isEqualTo(4);
        assertThat(gap.problem()).isEqualTo(AuditLog.Problem.MISSING);
        assertThat(gap.problemArguments()).containsExactly(3L, 3L);

        // Act / Assert: the end
        reset(db);
        record(em, 5);
        update(db, "delete from audit_event where id = 5");
        AuditLog.Verification cut = verify(em);
        assertThat(cut.problem()).isEqualTo(AuditLog.Problem.CUT_OFF);
        assertThat(cut.firstBrokenId()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a row rewritten with the chain after it recomputed the old, unkeyed way is named")
    void consistentUnkeyedRewrite(JpaDatabase db) throws Exception {
        // Arrange
        reset(db);
        EntityManager em = db.entityManager();
        record(em, 5);

        // Act: someone with write access changes row 2 and makes every hash after it fit, as the old code would
        update(db, "update audit_event set detail = 'nothing happened here' where id = 2");
        rewriteUnkeyed(db, 2);

        // Assert
        AuditLog.Verification broken = verify(em);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenId()).isEqualTo(2);
        assertThat(broken.problem()).isEqualTo(AuditLog.Problem.ALTERED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a chain checked under another key breaks at its first row")
    void anotherKey(JpaDatabase db) {
        // Arrange
        reset(db);
        EntityManager em = db.entityManager();
        record(em, 2);
        ChainKey other = new ChainKey("another key, not the portal's 32".getBytes(StandardCharsets.UTF_8));

        // Act
        AuditLog.Verification result = inTransaction(em, () -> log(em, other).verify());

        // Assert
        assertThat(result.firstBrokenId()).isEqualTo(1);
        assertThat(result.problem()).isEqualTo(AuditLog.Problem.ALTERED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a log from before the key is sealed once: it then verifies, says its old chain was intact, "
            + "and goes on")
    void sealsOldRows(JpaDatabase db) throws Exception {
        // Arrange
        reset(db);
        writeOldLog(db, 3);
        EntityManager em = db.entityManager();
        assertThat(verify(em).problem()).isEqualTo(AuditLog.Problem.NOT_SEALED);

        // Act
        boolean sealed = inTransaction(em, () -> log(em, KEY).sealIfUnkeyed());
        boolean again = inTransaction(em, () -> log(em, KEY).sealIfUnkeyed());
        record(em, 1);

        // Assert
        assertThat(sealed).isTrue();
        assertThat(again).isFalse();
        AuditLog.Verification result = verify(em);
        assertThat(result.intact()).as("%s", result).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(5);
        assertThat(db.jdbc().query("select action, detail from audit_event where id = 4").get(0))
                .containsEntry("action", "audit.chain-sealed")
                .hasEntrySatisfying("detail", detail -> assertThat((String) detail)
                        .contains("3 rows", "unkeyed chain was intact"));
        assertThat(db.jdbc().count("select hash_version from audit_head")).isEqualTo(2);
        assertThat(db.jdbc().query("select detail from audit_event where id = 2").get(0))
                .containsEntry("detail", "old detail 2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("an old log tampered with before sealing is sealed all the same, and the sealing names the row")
    void sealsTamperedOldRows(JpaDatabase db) throws Exception {
        // Arrange
        reset(db);
        writeOldLog(db, 4);
        update(db, "update audit_event set actor = 'someone else' where id = 2");
        EntityManager em = db.entityManager();

        // Act: the first append seals, before it appends
        record(em, 1);

        // Assert
        assertThat(verify(em).intact()).isTrue();
        assertThat(db.jdbc().query("select action, detail from audit_event where id = 5").get(0))
                .containsEntry("action", "audit.chain-sealed")
                .hasEntrySatisfying("detail", detail -> assertThat((String) detail).contains("4 rows",
                        "broken at row 2"));
        assertThat(db.jdbc().query("select action from audit_event where id = 6").get(0))
                .containsEntry("action", "test.action");
    }
}
