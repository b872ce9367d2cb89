package org.recourse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.Postgres;
import org.recourse.testing.TestDatabase;

/**
 * Migration V14 on a database of the release before it, on H2 and PostgreSQL: a log with rows is marked as not keyed
 * yet (so the next start seals it), an empty one as keyed; failed webhook attempts keep only their class.
 */
@DisplayName("Migration V14: the audit head's scheme, and webhook failures by class")
class KeyedChainMigrationTest {

    static Stream<Named<TestDatabase>> freshDatabases() {
        return Stream.of(Named.of("H2", TestDatabase.h2("jdbc:h2:mem:v14-" + System.nanoTime()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")),
                Named.of("PostgreSQL", Postgres.newDatabase("v14")));
    }

    private static Flyway flyway(TestDatabase database, String target) {
        return Flyway.configure(KeyedChainMigrationTest.class.getClassLoader())
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                .target(target)
                .load();
    }

    private static void execute(TestDatabase database, String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freshDatabases")
    @DisplayName("a log with rows waits to be sealed; failures named by exception or exact status become classes")
    void upgradesAnOldDatabase(TestDatabase database) throws SQLException {
        // Arrange: the schema before V14 (whatever the last migration before it is), with a row of the old log and
        // three failed deliveries
        MigrationVersion v14 = MigrationVersion.fromVersion("14");
        String before = Arrays.stream(flyway(database, "latest").info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(v14) < 0).max(Comparable::compareTo).orElseThrow().getVersion();
        flyway(database, before).migrate();
        execute(database,
                "insert into audit_event (id, occurred_at, actor, action, previous_hash, hash) values (1, "
                        + "timestamp with time zone '2026-11-01 10:00:00+00', 'admin', 'x', '" + "0".repeat(64)
                        + "', '" + "a".repeat(64) + "')",
                "update audit_head set last_id = 1, last_hash = '" + "a".repeat(64) + "' where id = 1",
                "insert into webhook_endpoint (url, secret, active, created_at, created_by) values "
                        + "('https://platform.example/h', 's', true, current_timestamp, 'admin')");
        for (String error : new String[] {"cannot reach the endpoint (ConnectException)", "HTTP 503",
                "no answer within 10 s"}) {
            execute(database, "insert into webhook_delivery (endpoint_id, event_id, event_type, ordering_key, payload, "
                    + "status, next_attempt_at, deadline_at, last_error, created_at) select id, '" + error.hashCode()
                    + "', 'content.hidden', 'k', '{}', 'DEAD', current_timestamp, current_timestamp, '" + error
                    + "', current_timestamp from webhook_endpoint");
        }

        // Act
        flyway(database, "latest").migrate();

        // Assert
        assertThat(database.count("select hash_version from audit_head where id = 1")).isEqualTo(1);
        assertThat(database.query("select last_error from webhook_delivery order by id"))
                .extracting(row -> row.get("last_error"))
                .containsExactly("connection failed", "HTTP 5xx", "timed out");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freshDatabases")
    @DisplayName("a new database is keyed from its first row")
    void newDatabaseIsKeyed(TestDatabase database) {
        // Act
        flyway(database, "latest").migrate();

        // Assert
        assertThat(database.count("select hash_version from audit_head where id = 1")).isEqualTo(2);
    }
}
