package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

/**
 * V12 on data written before it, on H2 and a real PostgreSQL: survivors' entries become unconfirmed and lose the
 * survivor's reference (their submission's number takes its place, also where earlier matches quoted it), and
 * staff's entries stay confirmed.
 */
@DisplayName("Migration V12: survivors' entries unconfirmed, their reference replaced by a submission number")
class SurvivorEntriesMigrationTest {

    private static final String REFERENCE = "TRSPEP544YYEAD3J";
    private static final String SHA = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";

    static Stream<TestDatabase> databases() throws Exception {
        Path h2 = Files.createTempDirectory("v12").resolve("recourse");
        return Stream.of(TestDatabase.h2(TestDatabase.h2Url(h2)), Postgres.newDatabase("v12"));
    }

    private static Flyway flyway(TestDatabase database, String target) {
        return Flyway.configure(SurvivorEntriesMigrationTest.class.getClassLoader())
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                .target(target).load();
    }

    private static void execute(TestDatabase database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("moves survivors' entries to review and scrubs the reference from entries, matches and reports")
    void migratesLegacyRows(TestDatabase database) throws Exception {
        // Arrange: a survivor's submission and entry, a staff entry in the same bank, and an upload it caught
        flyway(database, "11").migrate();
        OffsetDateTime now = OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        execute(database, "insert into hash_submission (id, reference, received_at) values (7, ?, ?)", REFERENCE, now);
        long bank = database.count("select id from hash_bank where purpose = 'SURVIVOR_SUBMITTED'");
        execute(database, """
                insert into bank_entry (bank_id, hash_type, hash_value, source, case_reference, added_at, added_by)
                values (?, 'SHA256', ?, 'submitted by a survivor', ?, ?, 'survivor')""", bank, SHA, REFERENCE, now);
        execute(database, """
                insert into bank_entry (bank_id, hash_type, hash_value, source, added_at, added_by)
                values (?, 'MD5', '0cc175b9c0f1b6a831c399e269772661', 'added by admin', ?, 'admin')""", bank, now);
        execute(database, """
                insert into case_file (id, status, category, self_reported, report_count, opened_at, review_due_at,
                                       status_changed_at, status_changed_by)
                values (3, 'OPEN', 'SURVIVOR_ADULT_IMAGE', true, 1, ?, ?, ?, 'system')""", now, now, now);
        execute(database, """
                insert into case_item (case_id, location, kind, status, added_at, match_source, match_distance,
                                       match_case)
                values (3, 'https://elsewhere.example/x', 'EXTERNAL', 'PENDING_REVIEW', ?, 'Submitted by survivors', 0,
                        ?)""", now, REFERENCE);
        execute(database, """
                insert into report (reference, case_id, category, self_report, details, received_at)
                values ('AAAABBBBCCCCDDDE', 3, 'SURVIVOR_ADULT_IMAGE', true, ?, ?)""",
                "Upload blocked by stay-down screening: it matches Submitted by survivors (sha256, distance 0, case "
                        + REFERENCE + ").", now);

        // Act
        org.flywaydb.core.api.output.MigrateResult result = flyway(database, "latest").migrate();

        // Assert: the upgrade ran from 11 (a failure here says Flyway, not the SQL below, went wrong)
        assertThat(result.initialSchemaVersion).isEqualTo("11");
        assertThat(result.migrations).extracting(migration -> migration.version).contains("12");

        List<Map<String, Object>> entries = database.query("""
                select hash_type, review_state, submission_id, case_reference from bank_entry where bank_id = ?
                order by hash_type desc""", bank);
        assertThat(entries.get(0)).containsEntry("hash_type", "SHA256").containsEntry("review_state", "UNCONFIRMED")
                .containsEntry("case_reference", null);
        assertThat(((Number) entries.get(0).get("submission_id")).longValue()).isEqualTo(7);
        assertThat(entries.get(1)).containsEntry("hash_type", "MD5").containsEntry("review_state", "CONFIRMED")
                .containsEntry("submission_id", null);
        assertThat(database.count("select count(*) from submitted_hash where submission_id = 7 and arrival = 'NEW'"))
                .isEqualTo(1);
        assertThat(database.query("select match_case from case_item where case_id = 3").get(0))
                .containsEntry("match_case", "S-000007");
        assertThat((String) database.query("select details from report where case_id = 3").get(0).get("details"))
                .endsWith("case S-000007).").doesNotContain(REFERENCE);
    }
}
