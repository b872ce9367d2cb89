package org.recourse.screening.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An account signal's keyed hash is HMAC-SHA256 of kind:value under the partnership's key")
class SignalHasherTest {

    /** The bytes 0 to 31, in base64. */
    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // Made with Python's hmac module: hmac.new(bytes(range(32)), b"email:ana@example.org", sha256).hexdigest()
        "EMAIL, ' Ana+x@Example.org ', 70eaae44112207f01074788b13a42604c07ddd2d3fac13234e0e43ef730eb6e4",
        "PHONE, '+1 (514) 555-0199', 897ef3ab1cb0d1bc726e1fe5728cd415652d05a07bd9aed27b811035a3b4b31c",
        "USERNAME, '@Survivor_Friend', c383a7b6203b5e845e44d5e16f5f4ff0025fbe0c0905b2f392a7075a4eb769e3"})
    @DisplayName("vectors computed by another implementation (Python's hmac) match, after normalising")
    void vectors(IdentifierKind kind, String raw, String expected) {
        // Arrange
        SignalHasher hasher = SignalHasher.ofBase64(KEY).orElseThrow();

        // Act + Assert
        assertThat(hasher.hashRaw(kind, raw)).contains(expected);
    }

    @Test
    @DisplayName("the key id is the first 8 bytes of the key's HMAC of a fixed text, and differs between keys")
    void keyId() {
        // Act
        String id = SignalHasher.ofBase64(KEY).orElseThrow().keyId();
        String other = SignalHasher.ofBase64(SignalHasher.newKey()).orElseThrow().keyId();

        // Assert
        assertThat(id).isEqualTo("74c142a3c6118e41");
        assertThat(other).isNotEqualTo(id).matches("[0-9a-f]{16}");
    }

    @Test
    @DisplayName("the same value hashes differently under another key, and as another kind")
    void separated() {
        // Arrange
        SignalHasher one = SignalHasher.ofBase64(KEY).orElseThrow();
        SignalHasher two = SignalHasher.ofBase64(SignalHasher.newKey()).orElseThrow();

        // Act + Assert
        assertThat(one.hash(IdentifierKind.EMAIL, "ana@example.org"))
                .isNotEqualTo(two.hash(IdentifierKind.EMAIL, "ana@example.org"))
                .isNotEqualTo(one.hash(IdentifierKind.USERNAME, "ana@example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "AAECAwQFBgcICQoLDA0ODw=="})
    @DisplayName("a key that is not base64 of at least 32 bytes is refused")
    void shortKeys(String key) {
        // Act + Assert
        assertThat(SignalHasher.ofBase64(key)).isEmpty();
    }
}
