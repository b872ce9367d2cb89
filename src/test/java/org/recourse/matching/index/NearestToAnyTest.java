package org.recourse.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.matching.hash.PdqHash;

@DisplayName("Nearest to any query: each entry once, at its smallest distance to any of a hash's variants")
class NearestToAnyTest {

    private static PdqHash flipped(PdqHash hash, int bits) {
        java.math.BigInteger value = new java.math.BigInteger(hash.toHex(), 16);
        for (int i = 0; i < bits; i++) {
            value = value.flipBit(i * 7);
        }
        return PdqHash.fromHex(String.format("%64s", value.toString(16)).replace(' ', '0'));
    }

    @Test
    @DisplayName("an entry near two queries is counted once, at the nearer; one near none is left out")
    void smallestDistance() {
        // Arrange
        PdqHash base = PdqHash.fromHex("f".repeat(32) + "0".repeat(32));
        PdqHash other = PdqHash.fromHex("0f".repeat(32));
        PdqIndex index = new BruteForceIndex();
        index.add(1, flipped(base, 5));
        index.add(2, flipped(other, 3));
        index.add(3, PdqHash.fromHex("a5".repeat(32)));

        // Act
        var found = index.nearestToAny(List.of(base, flipped(base, 2), other));

        // Assert
        assertThat(found).containsOnlyKeys(1L, 2L).containsEntry(1L, 3).containsEntry(2L, 3);
    }
}
