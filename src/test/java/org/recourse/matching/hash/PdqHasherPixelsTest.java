package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's first criterion of a correct port: fed the reference's decoded bytes, it gives exactly its hashes. */
@DisplayName("PdqHasher on the reference's decoded pixels (expected-pixels.tsv)")
class PdqHasherPixelsTest {

    static Stream<Named<Map<String, String>>> rows() {
        return PdqVectors.table("expected-pixels.tsv").stream().map(row -> Named.of(row.get("pixel_file"), row));
    }

    @Test
    @DisplayName("the table has every row the vectors promise")
    void tableIsComplete() {
        // Arrange, Act
        long count = rows().count();

        // Assert
        assertThat(count).isEqualTo(14);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @DisplayName("hash and quality are bit-exact")
    void hashAndQuality(Map<String, String> row) {
        // Arrange
        Pixels pixels = PdqVectors.pixels(row.get("pixel_file"));

        // Act
        PdqResult result = PdqHasher.withPreResize().hash(pixels);

        // Assert
        assertThat(pixels.width()).isEqualTo(Integer.parseInt(row.get("width")));
        assertThat(pixels.channels()).isEqualTo(Integer.parseInt(row.get("channels")));
        assertThat(result.hash().toHex()).isEqualTo(row.get("pdq"));
        assertThat(result.quality()).isEqualTo(Integer.parseInt(row.get("quality")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @DisplayName("all eight dihedral hashes are bit-exact")
    void dihedralHashes(Map<String, String> row) {
        // Arrange
        Pixels pixels = PdqVectors.pixels(row.get("pixel_file"));

        // Act
        DihedralHashes hashes = PdqHasher.withPreResize().dihedral(pixels);

        // Assert
        assertThat(hexByVariant(hashes)).isEqualTo(expectedByVariant(row));
        assertThat(hashes.quality()).isEqualTo(Integer.parseInt(row.get("quality")));
    }

    static Map<Dihedral, String> hexByVariant(DihedralHashes hashes) {
        Map<Dihedral, String> hex = new EnumMap<>(Dihedral.class);
        hashes.asMap().forEach((variant, hash) -> hex.put(variant, hash.toHex()));
        return hex;
    }

    static Map<Dihedral, String> expectedByVariant(Map<String, String> row) {
        Map<Dihedral, String> hex = new EnumMap<>(Dihedral.class);
        for (Dihedral variant : Dihedral.values()) {
            hex.put(variant, row.get(variant.referenceName()));
        }
        return hex;
    }
}
