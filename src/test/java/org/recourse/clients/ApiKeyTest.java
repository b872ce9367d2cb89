package org.recourse.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("API keys: format, hashing, revocation and scopes")
class ApiKeyTest {

    @Test
    @DisplayName("a new key is rk_<10 symbols>_<43 symbols>, and parses back to itself")
    void generatesAndParses() {
        // Act
        ApiKey key = ApiKey.generate();

        // Assert
        assertThat(key.value()).matches("rk_[a-z0-9]{10}_[A-Za-z0-9_-]{43}");
        assertThat(ApiKey.parse("  " + key.value() + " ")).contains(key);
        assertThat(key.toString()).doesNotContain(key.value().substring(14));
        assertThat(ApiKey.generate()).isNotEqualTo(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"rk_short_x", "Bearer rk_abcdefghjk_0123456789012345678901234567890123456789012",
            "rk_ABCDEFGHJK_0123456789012345678901234567890123456789012"})
    @DisplayName("anything that cannot be a key is refused before any look-up")
    void refusesNonKeys(String text) {
        assertThat(ApiKey.parse(text)).isEmpty();
    }

    @Test
    @DisplayName("a client accepts its own key only, and none once revoked")
    void acceptsOwnKeyUntilRevoked() {
        // Arrange
        ApiKey key = ApiKey.generate();
        ApiClient client = new ApiClient("Uploads", key, EnumSet.of(Scope.SCREEN_UPLOADS), "admin", Instant.EPOCH);
        ApiKey sameprefixOtherSecret = ApiKey.parse("rk_" + key.prefix() + "_" + "A".repeat(43)).orElseThrow();

        // Act / Assert
        assertThat(client.accepts(key)).isTrue();
        assertThat(client.accepts(sameprefixOtherSecret)).isFalse();
        client.revoke("admin", Instant.EPOCH.plusSeconds(1));
        assertThat(client.accepts(key)).isFalse();
        assertThat(client.isRevoked()).isTrue();
    }

    @Test
    @DisplayName("scopes are stored as their codes and read back; unknown codes are dropped")
    void scopes() {
        Set<Scope> scopes = EnumSet.of(Scope.READ_VISIBILITY, Scope.REGISTER_CONTENT);
        assertThat(Scope.encode(scopes)).isEqualTo("content:register content:read");
        assertThat(Scope.decode("content:read  content:register nonsense")).isEqualTo(scopes);
        assertThat(new ApiCaller(1, "x", scopes).may(Scope.SCREEN_UPLOADS)).isFalse();
    }
}
