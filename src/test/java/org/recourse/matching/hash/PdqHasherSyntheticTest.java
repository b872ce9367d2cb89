package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edge cases: tiny and odd sizes, exact 64x64 input (where the reference's plain and dihedral paths differ),
 * the 512 pre-resize, and flat images whose hashes are float rounding noise and match only if every float operation
 * is done in the reference's order.
 */
@DisplayName("PdqHasher on the synthetic edge cases (synthetic/expected-synthetic.tsv)")
class PdqHasherSyntheticTest {

    static Stream<Named<Map<String, String>>> rows() {
        return PdqVectors.table("synthetic/expected-synthetic.tsv").stream().map(row -> Named.of(row.get("file"), row));
    }

    private static Pixels pixels(Map<String, String> row) {
        return PdqVectors.pixels("synthetic/" + row.get("file"));
    }

    @Test
    @DisplayName("the table has every edge case")
    void tableIsComplete() {
        // Arrange, Act
        long count = rows().count();

        // Assert
        assertThat(count).isEqualTo(12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @DisplayName("the plain hash with the 512 pre-resize is exact")
    void plainHash(Map<String, String> row) {
        // Arrange
        Pixels pixels = pixels(row);

        // Act
        PdqResult result = PdqHasher.withPreResize().hash(pixels);

        // Assert
        assertThat(result.hash().toHex()).isEqualTo(row.get("pdq"));
        assertThat(result.quality()).isEqualTo(Integer.parseInt(row.get("quality")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @DisplayName("the dihedral hashes are exact, the original's as the reference's dihedral path gives it")
    void dihedralHashes(Map<String, String> row) {
        // Arrange
        Pixels pixels = pixels(row);

        // Act
        DihedralHashes hashes = PdqHasher.withPreResize().dihedral(pixels);

        // Assert
        Map<Dihedral, String> expected = PdqHasherPixelsTest.expectedByVariant(row);
        expected.put(Dihedral.ORIGINAL, row.get("orig_via_dihedral_path"));
        assertThat(PdqHasherPixelsTest.hexByVariant(hashes)).isEqualTo(expected);
        assertThat(hashes.quality()).isEqualTo(Integer.parseInt(row.get("quality")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @DisplayName("the hash without the pre-resize is exact")
    void hashWithoutPreResize(Map<String, String> row) {
        // Arrange
        Pixels pixels = pixels(row);

        // Act
        PdqResult result = PdqHasher.withoutPreResize().hash(pixels);

        // Assert
        assertThat(result.hash().toHex()).isEqualTo(row.get("pdq_noresize"));
        assertThat(result.quality()).isEqualTo(Integer.parseInt(row.get("quality_noresize")));
    }

    @Test
    @DisplayName("an exact 64x64 RGB ramp hashes differently on the plain and dihedral paths, as in the reference")
    void rampDiffersBetweenPaths() {
        // Arrange
        Pixels ramp = PdqVectors.pixels("synthetic/rgbramp-64x64.ppm");
        PdqHasher hasher = PdqHasher.withPreResize();

        // Act
        PdqHash plain = hasher.hash(ramp).hash();
        PdqHash viaDihedral = hasher.dihedral(ramp).original();

        // Assert
        assertThat(plain).isNotEqualTo(viaDihedral);
    }

    @Test
    @DisplayName("a picture under 5 pixels a side gives the all-zero hash with quality 0")
    void tinyPictureIsNotHashable() {
        // Arrange
        Pixels tiny = Pixels.grey(4, 100, new byte[400]);

        // Act
        PdqResult result = PdqHasher.withPreResize().hash(tiny);

        // Assert
        assertThat(result).isEqualTo(new PdqResult(PdqHash.ZERO, 0));
        assertThat(result.isUsable()).isFalse();
    }
}
