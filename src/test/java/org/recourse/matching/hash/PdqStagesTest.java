package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Stage by stage against the reference's intermediate buffers: where a hash goes wrong, this says which stage. */
@DisplayName("PDQ stages against the reference's intermediates/")
class PdqStagesTest {

    static Stream<Named<Map<String, String>>> rows() {
        return PdqVectors.table("intermediates/summary.tsv").stream()
                .map(row -> Named.of(row.get("pixel_file"), row));
    }

    /** {@code pixels/a/b.jpg.ppm} has its intermediates under {@code intermediates/a__b.jpg}. */
    private static String intermediate(Map<String, String> row, String stage) {
        String source = row.get("pixel_file").replaceFirst("^pixels/", "").replaceFirst("\\.p[gp]m$", "");
        return "intermediates/" + source.replace("/", "__") + "." + stage + ".tsv";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @DisplayName("the 64x64 image, the 16x16 DCT, the median, the quality and the hash are all exact")
    void everyStageIsExact(Map<String, String> row) {
        // Arrange
        Pixels pixels = PdqVectors.pixels(row.get("pixel_file"));
        PdqHasher hasher = PdqHasher.withPreResize();

        // Act
        PdqResult result = hasher.hash(pixels);

        // Assert
        assertThat(hasher.lastBlock()).containsExactly(PdqVectors.floats(intermediate(row, "64x64")));
        assertThat(hasher.lastDct()).containsExactly(PdqVectors.floats(intermediate(row, "dct16")));
        assertThat(TorbenMedian.of(hasher.lastDct(), 256)).isEqualTo(Float.parseFloat(row.get("median_of_dct16")));
        assertThat(result.quality()).isEqualTo(Integer.parseInt(row.get("quality")));
        assertThat(result.hash().toHex()).isEqualTo(row.get("pdq"));
    }
}
