package org.recourse.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.matching.hash.PdqHash;

@DisplayName("Substring layout of the static multi-index")
class SubstringLayoutTest {

    private static final long[] SIZES = {0, 1_000, 20_000, 100_000, 1_000_000, 4_000_000, 10_000_000, 100_000_000};

    @Test
    @DisplayName("for every threshold and size the lengths cover 256 bits and the radii add up to threshold + 1")
    void lengthsAndRadiiAddUp() {
        for (long size : SIZES) {
            for (int threshold = 0; threshold <= PdqHash.BITS; threshold++) {
                // Arrange
                SubstringLayout layout = SubstringLayout.forSize(threshold, size);

                // Act
                int bits = IntStream.range(0, layout.count()).map(layout::length).sum();
                int units = IntStream.range(0, layout.count()).map(i -> layout.radius(i) + 1).sum();

                // Assert
                assertThat(bits).as("bits at %d, %d", threshold, size).isEqualTo(PdqHash.BITS);
                assertThat(units).as("radius units at %d, %d", threshold, size).isEqualTo(threshold + 1);
                assertThat(IntStream.range(0, layout.count()).map(layout::length)).allMatch(n -> n >= 1 && n <= 32);
            }
        }
    }

    @ParameterizedTest(name = "threshold {0}, size {1}")
    @CsvSource({"0, 10000000", "8, 10000000", "31, 10000000", "31, 20000", "40, 10000000", "40, 1000", "64, 0"})
    @DisplayName("every pair within the threshold has a searched substring within its radius (pigeonhole)")
    void pigeonhole(int threshold, long size) {
        // Arrange
        SubstringLayout layout = SubstringLayout.forSize(threshold, size);
        RandomHashes random = new RandomHashes(threshold * 31L + size);

        for (int pair = 0; pair < 5_000; pair++) {
            PdqHash stored = random.next();
            PdqHash query = random.flipped(stored, random.nextInt(threshold + 1));
            long[] s = words(stored);
            long[] q = words(query);

            // Act
            boolean found = IntStream.range(0, layout.count()).anyMatch(i -> layout.radius(i) >= 0
                    && Integer.bitCount(layout.substring(s, 0, i) ^ layout.substring(q, 0, i)) <= layout.radius(i));

            // Assert
            assertThat(found).as("pair at distance %d", stored.distanceTo(query)).isTrue();
        }
    }

    @Test
    @DisplayName("at 10 million entries and 31 bits: 11 substrings, six of 24 and four of 23 bits at radius 2, one of 20 at radius 1")
    void tenMillion() {
        // Arrange, Act
        SubstringLayout layout = SubstringLayout.forSize(31, 10_000_000);

        // Assert
        assertThat(layout).hasToString("11 substrings (24 bits r2, 24 bits r2, 24 bits r2, 24 bits r2, 24 bits r2, "
                + "24 bits r2, 23 bits r2, 23 bits r2, 23 bits r2, 23 bits r2, 20 bits r1)");
        assertThat(layout.worthIndexing()).isTrue();
    }

    @Test
    @DisplayName("a substring is the hash's bits from its start, also across a word boundary")
    void substringBits() {
        // Arrange
        SubstringLayout layout = SubstringLayout.forSize(31, 10_000_000);
        PdqHash hash = new RandomHashes(9).next();
        long[] words = words(hash);

        for (int i = 0, start = 0; i < layout.count(); start += layout.length(i), i++) {
            // Act
            int value = layout.substring(words, 0, i);

            // Assert
            for (int bit = 0; bit < layout.length(i); bit++) {
                assertThat((value >>> bit & 1) == 1).as("substring %d bit %d", i, bit).isEqualTo(hash.bit(start + bit));
            }
        }
    }

    @Test
    @DisplayName("thresholds so wide that neighbour keys outnumber entries make the index scan instead")
    void wideThresholdsScan() {
        // Arrange, Act, Assert
        assertThat(SubstringLayout.forSize(40, 10_000_000).worthIndexing()).isTrue();
        assertThat(SubstringLayout.forSize(64, 10_000_000).worthIndexing()).isFalse();
        assertThat(SubstringLayout.forSize(256, 0).worthIndexing()).isFalse();
    }

    private static long[] words(PdqHash hash) {
        return new long[] {hash.word(0), hash.word(1), hash.word(2), hash.word(3)};
    }
}
