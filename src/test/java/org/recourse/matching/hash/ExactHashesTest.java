package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Exact hashes: SHA-256 and MD5")
class ExactHashesTest {

    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);
    // FIPS 180-2 and RFC 1321 test vectors.
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String MD5_ABC = "900150983cd24fb0d6963f7d28e17f72";
    private static final String MD5_EMPTY = "d41d8cd98f00b204e9800998ecf8427e";

    @Test
    @DisplayName("give the published digests of \"abc\" and of nothing")
    void knownVectors() {
        // Arrange, Act
        ExactHashes abc = ExactHashes.of(ABC);
        ExactHashes empty = ExactHashes.of(new byte[0]);

        // Assert
        assertThat(abc.sha256().toHex()).isEqualTo(SHA256_ABC);
        assertThat(abc.md5().toHex()).isEqualTo(MD5_ABC);
        assertThat(empty.sha256().toHex()).isEqualTo(SHA256_EMPTY);
        assertThat(empty.md5().toHex()).isEqualTo(MD5_EMPTY);
    }

    @Test
    @DisplayName("read from a stream in chunks, give the same as from bytes")
    void streamMatchesBytes() throws IOException {
        // Arrange
        byte[] content = new byte[200_000];
        new Random(6).nextBytes(content);

        // Act
        ExactHashes streamed = ExactHashes.of(new ByteArrayInputStream(content));

        // Assert
        assertThat(streamed).isEqualTo(ExactHashes.of(content));
    }

    @Test
    @DisplayName("parse hex in either case into equal values, and write lower case")
    void parse() {
        // Arrange, Act
        Sha256 sha256 = Sha256.fromHex(SHA256_ABC.toUpperCase());
        Md5 md5 = Md5.fromHex(MD5_ABC);

        // Assert
        assertThat(sha256).isEqualTo(Sha256.of(ABC)).hasSameHashCodeAs(Sha256.of(ABC));
        assertThat(sha256.toHex()).isEqualTo(SHA256_ABC);
        assertThat(md5).isEqualTo(Md5.of(ABC)).hasToString(MD5_ABC);
        assertThat(md5.bytes()).hasSize(16);
    }

    @Test
    @DisplayName("refuse a wrong length or a non-hex character, saying which")
    void refuseBadHex() {
        // Act, Assert
        assertThatThrownBy(() -> Sha256.fromHex(MD5_ABC)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHA-256").hasMessageContaining("64 hex digits, not 32");
        assertThatThrownBy(() -> Md5.fromHex(SHA256_ABC)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MD5").hasMessageContaining("32 hex digits, not 64");
        assertThatThrownBy(() -> Md5.fromHex("z" + MD5_ABC.substring(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'z' at position 0");
        assertThatThrownBy(() -> Sha256.fromHex(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("hand out copies, so a digest cannot be changed from outside")
    void defensiveCopies() {
        // Arrange
        Sha256 sha256 = Sha256.of(ABC);

        // Act
        sha256.bytes()[0] ^= 1;

        // Assert
        assertThat(sha256.toHex()).isEqualTo(SHA256_ABC);
    }
}
