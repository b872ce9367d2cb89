package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hash's rotations and mirrors from its bits alone, against the reference's own dihedral hashes (from the DCT): the
 * transposes are exact, and every other variant of a picture of usable quality comes well within the threshold.
 */
@DisplayName("Dihedral variants from a hash's bits, against the reference's")
class DihedralBitsTest {

    /**
     * The furthest a variant worked out from the bits may be from the reference's, on usable pictures. Measured: 2 to
     * 16 bits on the photographs, 28 to 30 on {@code c.png} (a drawn letter on a flat background, whose median is far
     * from zero); the transposes are exact on all.
     */
    private static final int MOST = 30;

    static Stream<Named<Map<String, String>>> usable() {
        return PdqVectors.table("expected.tsv").stream()
                .filter(row -> Integer.parseInt(row.get("quality")) >= PdqResult.MINIMUM_USABLE_QUALITY)
                .map(row -> Named.of(row.get("file"), row));
    }

    @ParameterizedTest
    @MethodSource("usable")
    @DisplayName("each variant is the reference's: exactly for a transpose, within a few bits otherwise")
    void closeToTheReference(Map<String, String> row) {
        // Arrange
        PdqHash original = PdqHash.fromHex(row.get("pdq"));

        for (Dihedral variant : Dihedral.values()) {
            // Act
            PdqHash fromBits = DihedralBits.of(original, variant);

            // Assert
            int distance = fromBits.distanceTo(PdqHash.fromHex(row.get(variant.referenceName())));
            if (variant == Dihedral.ORIGINAL || variant == Dihedral.FLIPPLUS1) {
                assertThat(distance).as(variant.name()).isZero();
            } else {
                assertThat(distance).as(variant.name()).isLessThanOrEqualTo(MOST);
            }
        }
    }

    @Test
    @DisplayName("a mirrored copy of the bridge is found from the original's hash alone")
    void mirroredCopyFromTheOriginalsHash() {
        // Arrange
        Map<String, PdqHash> hashes = new java.util.HashMap<>();
        PdqVectors.table("expected.tsv").forEach(row -> hashes.put(row.get("file"), PdqHash.fromHex(row.get("pdq"))));
        PdqHash original = hashes.get("reg-test-input/dih/bridge-1-original.jpg");
        PdqHash mirrored = hashes.get("reg-test-input/dih/bridge-6-flipy.jpg");

        // Act
        List<PdqHash> variants = DihedralBits.variants(original);

        // Assert: as a hash the mirror is far; one of the variants is near
        assertThat(original.distanceTo(mirrored)).isGreaterThan(100);
        assertThat(variants).hasSize(8).first().isEqualTo(original);
        assertThat(variants.stream().mapToInt(v -> v.distanceTo(mirrored)).min().orElseThrow()).isLessThanOrEqualTo(31);
    }

    @Test
    @DisplayName("applying a mirror twice gives the hash back")
    void mirrorTwiceIsIdentity() {
        // Arrange
        PdqHash hash = PdqHash.fromHex("d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22");

        // Act and assert
        for (Dihedral mirror : List.of(Dihedral.FLIPX, Dihedral.FLIPY, Dihedral.FLIPPLUS1, Dihedral.FLIPMINUS1,
                Dihedral.ROT180)) {
            assertThat(DihedralBits.of(DihedralBits.of(hash, mirror), mirror)).as(mirror.name()).isEqualTo(hash);
        }
    }
}
