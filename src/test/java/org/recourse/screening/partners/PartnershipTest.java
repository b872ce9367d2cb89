package org.recourse.screening.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A partnership keeps its key sealed, pins its partner's key, and takes files only while it may")
class PartnershipTest {

    private static final Instant NOW = Instant.parse("2026-12-06T16:00:00Z");
    private static final ExchangeKey PARTNER = ExchangeKey.generate();
    private static final String KEY = SignalHasher.newKey();

    private static Partnership partnership(Direction direction) {
        return Partnership.create("Example Video", direction, KEY, PARTNER.publicKeyPem(), "admin", NOW);
    }

    @Test
    @DisplayName("the agreed key is stored sealed, opens to the same hasher, and only its id is shown")
    void sealedKey() {
        // Act
        Partnership partnership = partnership(Direction.BOTH);

        // Assert
        SignalHasher agreed = SignalHasher.ofBase64(KEY).orElseThrow();
        assertThat(partnership.hasher().hash(IdentifierKind.EMAIL, "ana@example.org"))
                .isEqualTo(agreed.hash(IdentifierKind.EMAIL, "ana@example.org"));
        assertThat(partnership.keyId()).isEqualTo(agreed.keyId());
        assertThat(partnership.partnerKeyPrint()).isEqualTo(PARTNER.fingerprint());
        assertThat(partnership.enabled()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a name too short|x|BOTH|good|pem|staff.partners.error.name",
        "a key that is not one|Partner|BOTH|AAAA|pem|staff.partners.error.key",
        "a partner key that is not one|Partner|BOTH|good|-----BEGIN PUBLIC KEY----- AAAA|staff.partners.error.publicKey",
        "an import without a partner key|Partner|IMPORT|good||staff.partners.error.publicKeyNeeded"})
    @DisplayName("refused, with the page's message")
    void refused(String why, String name, Direction direction, String key, String publicKey, String message) {
        // Arrange
        String hmac = "good".equals(key) ? KEY : key;
        String pem = "pem".equals(publicKey) ? PARTNER.publicKeyPem() : publicKey;

        // Act + Assert
        assertThatThrownBy(() -> Partnership.create(name, direction, hmac, pem, "admin", NOW))
                .isInstanceOf(PartnershipRefusedException.class).hasMessage(message);
    }

    @Test
    @DisplayName("disabled or export only, it takes no file; enabled again, it does")
    void notImporting() {
        // Arrange
        Partnership both = partnership(Direction.BOTH);
        Partnership exportOnly = Partnership.create("Chat", Direction.EXPORT, KEY, null, "admin", NOW);
        both.enable(false, NOW);

        // Act + Assert
        assertThatThrownBy(() -> both.expectation(NOW, 1000, 10)).isInstanceOf(FileRefusedException.class)
                .satisfies(e -> assertThat(((FileRefusedException) e).refusal()).isEqualTo(Refusal.NOT_IMPORTING));
        assertThatThrownBy(() -> exportOnly.expectation(NOW, 1000, 10)).isInstanceOf(FileRefusedException.class);
        assertThat(both.canExport()).isFalse();
        assertThat(both.enable(true, NOW)).isTrue();
        assertThat(both.enable(true, NOW)).isFalse();
        assertThat(both.expectation(NOW, 1000, 10).partnerKey().fingerprint()).isEqualTo(PARTNER.fingerprint());
    }

    @Test
    @DisplayName("the newest file imported only moves forward, so an older file stays a replay")
    void newestMovesForward() {
        // Arrange
        Partnership partnership = partnership(Direction.IMPORT);
        partnership.imported(NOW, NOW);

        // Act
        partnership.imported(NOW.minusSeconds(3600), NOW);

        // Assert
        assertThat(partnership.lastImportGenerated()).isEqualTo(NOW);
        assertThat(partnership.expectation(NOW, 1000, 10).newestImported()).isEqualTo(NOW);
    }
}
