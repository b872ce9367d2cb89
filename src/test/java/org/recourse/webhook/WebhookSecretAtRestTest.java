package org.recourse.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.platform.secrets.SealedColumns;
import org.recourse.testing.JpaDatabase;

/** A webhook secret is sealed in its column, read back whole, and one stored before sealing is sealed at start. */
@DisplayName("Secrets at rest: webhook secrets are sealed in the database, on H2 and PostgreSQL")
class WebhookSecretAtRestTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final String SECRET = "whsec_the-platforms-own-secret-at-rest";

    @AfterEach
    void empty() {
        JpaDatabase.both().forEach(db -> {
            EntityManager em = db.entityManager();
            inTransaction(em, () -> {
                em.createNativeQuery("delete from webhook_delivery").executeUpdate();
                em.createNativeQuery("delete from webhook_endpoint").executeUpdate();
            });
        });
    }

    private static String stored(EntityManager em, long id) {
        return inTransaction(em, () -> (String) em.createNativeQuery("select secret from webhook_endpoint where id = ?1")
                .setParameter(1, id).getSingleResult());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("the column holds a sealed value, not the secret; the entity reads the secret")
    void sealedInTheColumn(JpaDatabase db) {
        // Arrange / Act
        EntityManager em = db.entityManager();
        WebhookEndpoint endpoint = new WebhookEndpoint("https://platform.example/hooks", SECRET, "admin", T0);
        inTransaction(em, () -> em.persist(endpoint));
        em.clear();

        // Assert
        assertThat(stored(em, endpoint.id())).startsWith("sealed:v1:").doesNotContain(SECRET)
                .doesNotContain("platforms-own");
        assertThat(inTransaction(em, () -> em.find(WebhookEndpoint.class, endpoint.id()).secret())).isEqualTo(SECRET);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("a secret stored in plain text before sealing is read as it is, then sealed in place at start")
    void plainValuesAreSealed(JpaDatabase db) {
        // Arrange: a row as an older version wrote it
        EntityManager em = db.entityManager();
        WebhookEndpoint endpoint = new WebhookEndpoint("https://platform.example/old", "whsec_placeholder-placeholder",
                "admin", T0);
        inTransaction(em, () -> em.persist(endpoint));
        inTransaction(em, () -> em.createNativeQuery("update webhook_endpoint set secret = ?1 where id = ?2")
                .setParameter(1, SECRET).setParameter(2, endpoint.id()).executeUpdate());
        em.clear();
        assertThat(inTransaction(em, () -> em.find(WebhookEndpoint.class, endpoint.id()).secret())).isEqualTo(SECRET);
        em.clear();

        // Act
        int sealed = inTransaction(em, () -> new SealedColumns(em).sealPlainValues());

        // Assert
        assertThat(sealed).isEqualTo(1);
        assertThat(stored(em, endpoint.id())).startsWith("sealed:v1:").doesNotContain(SECRET);
        assertThat(inTransaction(em, () -> em.find(WebhookEndpoint.class, endpoint.id()).secret())).isEqualTo(SECRET);
        assertThat(inTransaction(em, () -> new SealedColumns(em).sealPlainValues())).isZero();
    }
}
