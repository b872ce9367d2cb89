package org.recourse.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;
import org.recourse.testing.Wiring;

/** API keys against a real H2 and a real PostgreSQL: a new key works at once, a revoked one stops at once. */
@DisplayName("API clients: create, authenticate, revoke")
class ApiClientsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final RecordingAuditLog audit = new RecordingAuditLog();

    /** The databases are shared by every test class: leave no client behind. */
    @AfterEach
    void cleanUp() {
        JpaDatabase.both().forEach(db -> {
            try (Connection connection = db.jdbc().connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from api_client");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private ApiClients clients(EntityManager em) {
        ApiClients clients = new ApiClients();
        clients.clients = Wiring.set(new ApiClientRepository(), "em", em);
        clients.audit = audit;
        clients.clock = clock;
        return clients;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a key authenticates with its scopes from the moment it is made, and never after it is revoked")
    void keyLifecycle(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        ApiClients clients = clients(em);
        ApiClients.Issued issued = inTransaction(em, () -> clients.create("ada", "Uploads",
                Set.of(Scope.SCREEN_UPLOADS)));

        // Act
        var before = inTransaction(em, () -> clients.authenticate(issued.key()));
        boolean revoked = inTransaction(em, () -> clients.revoke("ada", issued.client().id()));
        boolean again = inTransaction(em, () -> clients.revoke("ada", issued.client().id()));
        var after = inTransaction(em, () -> clients.authenticate(issued.key()));

        // Assert
        assertThat(before).hasValueSatisfying(caller -> {
            assertThat(caller.name()).isEqualTo("Uploads");
            assertThat(caller.scopes()).containsExactly(Scope.SCREEN_UPLOADS);
        });
        assertThat(revoked).isTrue();
        assertThat(again).as("a key is revoked once").isFalse();
        assertThat(after).isEmpty();
        assertThat(audit.withAction("api-client.revoked")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a wrong secret, a malformed key or an unknown id is refused, and nothing is audited for it")
    void refusals(JpaDatabase db) {
        // Arrange
        EntityManager em = db.entityManager();
        ApiClients clients = clients(em);
        ApiClients.Issued issued = inTransaction(em, () -> clients.create("ada", "Reads",
                Set.of(Scope.READ_VISIBILITY)));
        String wrongSecret = issued.key().substring(0, "rk_".length() + 10 + 1) + "x".repeat(43);

        // Act
        var wrong = inTransaction(em, () -> clients.authenticate(wrongSecret));
        var malformed = inTransaction(em, () -> clients.authenticate("not-a-key"));
        boolean unknown = inTransaction(em, () -> clients.revoke("ada", issued.client().id() + 1000));

        // Assert
        assertThat(wrong).isEmpty();
        assertThat(malformed).isEmpty();
        assertThat(unknown).isFalse();
        assertThat(audit.withAction("api-client.revoked")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("the list shows the keys in use first, then the revoked ones, each by name (on H2 too)")
    void liveKeysFirst(JpaDatabase db) {
        // Arrange: "Archive" sorts first by name, but is revoked
        EntityManager em = db.entityManager();
        ApiClients clients = clients(em);
        ApiClients.Issued archive = inTransaction(em, () -> clients.create("ada", "Archive", Set.of(Scope.READ_VISIBILITY)));
        inTransaction(em, () -> clients.create("ada", "Uploads", Set.of(Scope.SCREEN_UPLOADS)));
        inTransaction(em, () -> clients.create("ada", "Moderation", Set.of(Scope.READ_VISIBILITY)));
        inTransaction(em, () -> clients.revoke("ada", archive.client().id()));

        // Act
        var listed = inTransaction(em, clients::list);

        // Assert
        assertThat(listed).extracting(ApiClient::name).containsExactly("Moderation", "Uploads", "Archive");
    }
}
