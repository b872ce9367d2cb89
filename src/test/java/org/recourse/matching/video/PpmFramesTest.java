package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.matching.hash.PdqHasher;
import org.recourse.matching.hash.PdqResult;
import org.recourse.matching.hash.Pixels;
import org.recourse.matching.hash.Sha256;

/** PDQ alone on the exact RGB buffers the reference hashed ({@code ppm/}): the whole frame, no pre-resize. */
@DisplayName("PDQ on the reference's RGB frames")
class PpmFramesTest {

    static Stream<Map<String, String>> frames() {
        return VpdqVectors.table("ppm/expected.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    @DisplayName("the reference's hash and quality from its RGB buffer")
    void pdq(Map<String, String> row) throws IOException {
        // Arrange
        byte[] file = Files.readAllBytes(VpdqVectors.file("ppm/" + row.get("file")));
        int width = Integer.parseInt(row.get("width"));
        int height = Integer.parseInt(row.get("height"));
        String header = "P6\n" + width + " " + height + "\n255\n";
        byte[] rgb = Arrays.copyOfRange(file, header.length(), file.length);

        // Act
        PdqResult result = PdqHasher.withoutPreResize().hash(Pixels.rgb(width, height, rgb));

        // Assert
        assertThat(new String(file, 0, header.length(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(header);
        assertThat(Sha256.of(rgb).toHex()).isEqualTo(row.get("rgb_sha256"));
        assertThat(result.hash().toHex()).isEqualTo(row.get("pdq"));
        assertThat(result.quality()).isEqualTo(Integer.parseInt(row.get("quality")));
    }
}
