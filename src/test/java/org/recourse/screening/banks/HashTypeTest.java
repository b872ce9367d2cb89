package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.matching.hash.PdqHash;

/** Each kind of hash is checked by the hash's own type, so a PDQ hash is judged the same everywhere. */
@DisplayName("Hash types: canonical values")
class HashTypeTest {

    private static final String BRIDGE = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PDQ, 64", "SHA256, 64", "MD5, 32"})
    @DisplayName("upper case and surrounding blanks are accepted, and written as lower-case hex")
    void canonical(HashType type, int digits) {
        // Arrange
        String value = BRIDGE.substring(0, digits);

        // Act, Assert
        assertThat(type.canonical("  " + value.toUpperCase() + "\t")).contains(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"d8f8", BRIDGE + "0", "g8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22",
            "d8f8f0cee0f4a84f0637022a078f67f0 36e2ed596621e1d33e6339c4e9c9b22"})
    @DisplayName("a PDQ value is refused exactly when PdqHash refuses it")
    void pdqAsPdqHash(String value) {
        // Act, Assert
        assertThat(HashType.PDQ.canonical(value)).isEmpty();
        assertThat(PdqHash.parse(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"d8f8f0cee0f4a84f0637022a078f67f0", BRIDGE})
    @DisplayName("an MD5 has 32 digits and a SHA-256 64, whatever the digits")
    void lengths(String value) {
        // Act, Assert
        assertThat(HashType.MD5.canonical(value).isPresent()).isEqualTo(value.length() == 32);
        assertThat(HashType.SHA256.canonical(value).isPresent()).isEqualTo(value.length() == 64);
    }
}
