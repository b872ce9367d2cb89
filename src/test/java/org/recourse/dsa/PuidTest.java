package org.recourse.dsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The puid: unique per statement version, stable, and not linkable without the key")
class PuidTest {

    private final Puid puid = new Puid(Statements.KEY);

    @Test
    @DisplayName("the same version gives the same puid (a resend is a duplicate); another version another one")
    void stablePerVersion() {
        assertThat(puid.of(41, 1)).isEqualTo(puid.of(41, 1)).isNotEqualTo(puid.of(41, 2)).isNotEqualTo(puid.of(42, 1));
    }

    @Test
    @DisplayName("43 characters the database accepts, holding neither the id nor the version")
    void format() {
        // Act
        String value = puid.of(41, 1);

        // Assert
        assertThat(value).matches("[A-Za-z0-9_-]{43}").doesNotContain("41");
    }

    @Test
    @DisplayName("another key gives another puid: without the key it cannot be linked back")
    void keyed() {
        // Arrange
        Puid other = new Puid("another-key-of-32-bytes-for-test".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        // Assert
        assertThat(other.of(41, 1)).isNotEqualTo(puid.of(41, 1));
    }

    @Test
    @DisplayName("a short key is refused")
    void shortKey() {
        assertThatThrownBy(() -> new Puid(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
