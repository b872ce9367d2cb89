package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("PdqHash")
class PdqHashTest {

    private static final String BRIDGE = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";

    @Nested
    @DisplayName("hex")
    class HexForm {

        @Test
        @DisplayName("reads and writes the reference's 64 lowercase digits unchanged")
        void roundTrips() {
            // Arrange, Act
            PdqHash hash = PdqHash.fromHex(BRIDGE);

            // Assert
            assertThat(hash.toHex()).isEqualTo(BRIDGE);
            assertThat(hash).hasToString(BRIDGE);
        }

        @Test
        @DisplayName("accepts upper case and writes lower case")
        void upperCase() {
            // Arrange, Act
            PdqHash hash = PdqHash.fromHex(BRIDGE.toUpperCase());

            // Assert
            assertThat(hash).isEqualTo(PdqHash.fromHex(BRIDGE));
            assertThat(hash.toHex()).isEqualTo(BRIDGE);
        }

        @Test
        @DisplayName("the first digit holds bits 255..252 and the last digit bits 3..0")
        void bitOrder() {
            // Arrange
            String lowestBit = "0".repeat(63) + "1";
            String highestBit = "8" + "0".repeat(63);

            // Act
            PdqHash low = PdqHash.fromHex(lowestBit);
            PdqHash high = PdqHash.fromHex(highestBit);

            // Assert
            assertThat(low.bit(0)).isTrue();
            assertThat(low.word(0)).isEqualTo(1L);
            assertThat(high.bit(255)).isTrue();
            assertThat(high.word(3)).isEqualTo(Long.MIN_VALUE);
            assertThat(PdqHash.ofWords(1, 0, 0, Long.MIN_VALUE).toHex()).isEqualTo("8" + "0".repeat(62) + "1");
        }

        @Test
        @DisplayName("keeps leading zeros in every word")
        void leadingZeros() {
            // Arrange
            PdqHash hash = PdqHash.ofWords(0xfL, 0, 0xabcL, 0);

            // Act
            String hex = hash.toHex();

            // Assert
            assertThat(hex).hasSize(64).isEqualTo("0".repeat(16) + "0000000000000abc" + "0".repeat(16) + "000000000000000f");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"d8f8", BRIDGE + "0"})
        @DisplayName("refuses a wrong length, saying so")
        void wrongLength(String hex) {
            // Act, Assert
            assertThatThrownBy(() -> PdqHash.fromHex(hex)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("PDQ hash");
        }

        @ParameterizedTest
        @ValueSource(strings = {"g", " ", "-", "\uff10", "x"})
        @DisplayName("refuses a character that is not a hex digit, naming it and its position")
        void notHex(String bad) {
            // Arrange
            String hex = BRIDGE.substring(0, 10) + bad + BRIDGE.substring(11);

            // Act, Assert
            assertThatThrownBy(() -> PdqHash.fromHex(hex)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "' at position 10");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"d8f8", " d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b2",
                "g8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22",
                "\uff10" + "000000000000000000000000000000000000000000000000000000000000000"})
        @DisplayName("parse: empty for anything fromHex refuses, so readers refuse it as malformed")
        void parseRefuses(String hex) {
            // Act, Assert
            assertThat(PdqHash.parse(hex)).isEmpty();
        }

        @Test
        @DisplayName("parse: the same hash as fromHex, either case")
        void parseReads() {
            // Act, Assert
            assertThat(PdqHash.parse(BRIDGE.toUpperCase())).contains(PdqHash.fromHex(BRIDGE));
        }
    }

    @Nested
    @DisplayName("distance")
    class Distance {

        @Test
        @DisplayName("is 0 to itself, 256 to its complement, and counts differing bits in every word")
        void countsBits() {
            // Arrange
            PdqHash hash = PdqHash.fromHex(BRIDGE);
            PdqHash complement = PdqHash.ofWords(~hash.word(0), ~hash.word(1), ~hash.word(2), ~hash.word(3));
            PdqHash oneBitPerWord = PdqHash.ofWords(hash.word(0) ^ 1, hash.word(1) ^ 2, hash.word(2) ^ 4,
                    hash.word(3) ^ Long.MIN_VALUE);

            // Act, Assert
            assertThat(hash.distanceTo(hash)).isZero();
            assertThat(hash.distanceTo(complement)).isEqualTo(256);
            assertThat(hash.distanceTo(oneBitPerWord)).isEqualTo(4);
            assertThat(oneBitPerWord.distanceTo(hash)).isEqualTo(4);
        }

        @Test
        @DisplayName("between the published bridge hash and its 90-degree rotation is large")
        void rotationIsFar() {
            // Arrange
            PdqHash original = PdqHash.fromHex(BRIDGE);
            PdqHash rot90 = PdqHash.fromHex("f0a10efd51c83d429053d48d0fffbc52e34e0e17ada956a9d29685211ea9e58f");

            // Act
            int distance = original.distanceTo(rot90);

            // Assert
            assertThat(distance).isGreaterThan(100);
        }
    }

    @Test
    @DisplayName("equal hashes are equal with equal hash codes; one bit makes a difference")
    void equality() {
        // Arrange
        PdqHash a = PdqHash.fromHex(BRIDGE);
        PdqHash b = PdqHash.ofWords(a.word(0), a.word(1), a.word(2), a.word(3));
        PdqHash c = PdqHash.ofWords(a.word(0), a.word(1) ^ (1L << 40), a.word(2), a.word(3));

        // Act, Assert
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.bit(64 + 40)).isNotEqualTo(c.bit(64 + 40));
    }

    @Test
    @DisplayName("refuses words and bits out of range")
    void outOfRange() {
        // Arrange
        PdqHash hash = PdqHash.ZERO;

        // Act, Assert
        assertThatThrownBy(() -> hash.word(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> hash.bit(256)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> hash.bit(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
