package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.video.VpdqTextException.Problem;

/** The reference's text format: every reference file read and written back byte for byte, and malformed lines. */
@DisplayName("vPDQ text format")
class VpdqTextTest {

    private static final String HASH = "10e48e74a7078e31170f17b0b3cc77f4b3603e9796609e1f61ecd19c4e9d9b22";
    private static final String HASH_TAIL = "e48e74a7078e31170f17b0b3cc77f4b3603e9796609e1f61ecd19c4e9d9b22";

    static Stream<String> referenceFiles() {
        return VpdqVectors.videos().stream().flatMap(row -> Stream.of("hashes/", "hashes-r1/", "hashes-nosimd/")
                .map(folder -> folder + VpdqVectors.stem(row) + ".txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceFiles")
    @DisplayName("every reference file reads and writes back unchanged")
    void roundTrip(String file) {
        // Arrange
        String text = VpdqVectors.text(file);

        // Act
        VpdqVideo video = VpdqText.read(text);

        // Assert
        assertThat(VpdqText.write(video)).isEqualTo(text);
    }

    @Test
    @DisplayName("fields in the reference's order: frame, quality, hash, time")
    void fields() {
        // Act
        VpdqVideo video = VpdqText.read("0,100," + HASH + ",0.000\r\n3,49," + HASH + ",0.188");

        // Assert
        assertThat(video.frames()).extracting(VpdqFrame::frameNumber).containsExactly(0, 3);
        assertThat(video.frames()).extracting(VpdqFrame::quality).containsExactly(100, 49);
        assertThat(video.frames().get(1).hash()).isEqualTo(PdqHash.fromHex(HASH));
        assertThat(video.frames().get(1).timestamp()).isEqualTo(0.188f);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "FIELDS|0,100," + HASH,
        "FIELDS|''",
        "FRAME_NUMBER|-1,100," + HASH + ",0.000",
        "FRAME_NUMBER|99999999999,100," + HASH + ",0.000",
        "QUALITY|0,101," + HASH + ",0.000",
        "QUALITY|0,+5," + HASH + ",0.000",
        "HASH|0,100," + HASH + "0,0.000",
        "HASH|0,100,zz" + HASH_TAIL + ",0.000",
        "TIMESTAMP|0,100," + HASH + ",NaN",
        "TIMESTAMP|0,100," + HASH + ",1e9",
        "TIMESTAMP|0,100," + HASH + ",-0.040",
    })
    @DisplayName("a malformed line is refused, naming the problem and the line")
    void malformed(Problem problem, String line) {
        // Act, Assert
        assertThatThrownBy(() -> VpdqText.read("0,100," + HASH + ",0.000\n" + line + "\n"))
                .isInstanceOfSatisfying(VpdqTextException.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(problem);
                    assertThat(refused.line()).isEqualTo(2);
                    assertThat(refused.messageKey()).startsWith("api.error.vpdq.");
                });
    }

    @Test
    @DisplayName("frames out of order, a blank line and an over-long line are refused")
    void orderAndLength() {
        // Act, Assert
        assertThatThrownBy(() -> VpdqText.read("5,100," + HASH + ",0.000\n5,100," + HASH + ",0.000\n"))
                .isInstanceOfSatisfying(VpdqTextException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ORDER));
        assertThatThrownBy(() -> VpdqText.read("0,100," + HASH + ",0.000\n\n1,100," + HASH + ",0.040\n"))
                .isInstanceOfSatisfying(VpdqTextException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> VpdqText.read("0".repeat(1_000_000)))
                .isInstanceOfSatisfying(VpdqTextException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FIELDS));
    }

    @Test
    @DisplayName("a text over the frame limit is refused at the first frame too many")
    void tooManyFrames() {
        // Arrange
        String text = "0,100," + HASH + ",0.000\n1,100," + HASH + ",0.040\n2,100," + HASH + ",0.080\n";

        // Act, Assert
        assertThatThrownBy(() -> VpdqText.read(new StringReader(text), 2))
                .isInstanceOfSatisfying(VpdqTextException.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(Problem.TOO_MANY_FRAMES);
                    assertThat(refused.arguments()).containsExactly(3, 2);
                });
        assertThat(VpdqText.read(new StringReader(text), 3).size()).isEqualTo(3);
    }
}
