package org.recourse.evidence.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.Wiring;

/** The installation's signing key on a real H2 and PostgreSQL: made once, whatever the number of nodes. */
@DisplayName("SigningKeys: one Ed25519 key per installation, its private half sealed")
class SigningKeysTest {

    private static SigningKeys node(EntityManager em) {
        SigningKeys keys = new SigningKeys();
        Wiring.set(keys, "keys", Wiring.set(new SigningKeyRepository(), "em", em));
        Wiring.set(keys, "clock", new MovableClock(Instant.parse("2026-12-06T09:00:00Z")));
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recourse.testing.JpaDatabase#both")
    @DisplayName("two nodes asking at once get the same key; one row; the private key stored sealed")
    void oneKeyForEveryNode(JpaDatabase database) throws Exception {
        // Arrange
        EntityManager first = database.entityManager();
        inTransaction(first, () -> first.createNativeQuery("delete from evidence_signing_key").executeUpdate());
        EntityManager second = database.entityManager();

        // Act
        CompletableFuture<InstallationKey> a = CompletableFuture.supplyAsync(
                () -> inTransaction(first, () -> node(first).current()));
        CompletableFuture<InstallationKey> b = CompletableFuture.supplyAsync(
                () -> inTransaction(second, () -> node(second).current()));
        InstallationKey keyA = a.get();
        InstallationKey keyB = b.get();

        // Assert
        assertThat(keyA.fingerprint()).isEqualTo(keyB.fingerprint());
        List<Map<String, Object>> rows = database.jdbc().query("select * from evidence_signing_key");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("fingerprint", keyA.fingerprint()).containsEntry("algorithm", "Ed25519");
        assertThat((String) rows.get(0).get("private_key")).startsWith("sealed:v1:")
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(keyA.privateKeyDer()));
        byte[] message = "manifest".getBytes(StandardCharsets.UTF_8);
        Signature verify = Signature.getInstance("Ed25519");
        verify.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                java.util.Base64.getDecoder().decode((String) rows.get(0).get("public_key")))));
        verify.update(message);
        assertThat(verify.verify(keyB.sign(message))).isTrue();
    }
}
