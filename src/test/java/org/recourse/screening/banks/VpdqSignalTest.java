package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("vPDQ signals: python-threatexchange's strings and the reference's hash files, read and written")
class VpdqSignalTest {

    private static final Path VECTORS = Path.of("..", "shared", "vpdq-vectors", "hashes-r1");
    private static final String PDQ_1 = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private static final String PDQ_2 = "e64cc9d91c623882f8d1f1d9a398e78c9f199b3bd83924f2b7e11e0bf861b064";

    @Test
    @DisplayName("python-threatexchange's compact signal, timestamps as its :.3 writes them (1.23e+02)")
    void compact() {
        // Act
        List<VpdqSignal.Frame> frames = VpdqSignal.read("[\"" + PDQ_1.toUpperCase() + ",100,0.0\", \"" + PDQ_2
                + ",49,1.23e+02\"]");

        // Assert
        assertThat(frames).containsExactly(new VpdqSignal.Frame(0, 100, PDQ_1, 0.0),
                new VpdqSignal.Frame(1, 49, PDQ_2, 123.0));
        assertThat(VpdqSignal.toSignal(frames)).isEqualTo("[\"" + PDQ_1 + ",100,0.000\", \"" + PDQ_2
                + ",49,123.000\"]");
        assertThat(VpdqSignal.read(VpdqSignal.toSignal(frames))).isEqualTo(frames);
    }

    @Test
    @DisplayName("the older signal keyed by frame number")
    void keyedByFrame() {
        // Act
        List<VpdqSignal.Frame> frames = VpdqSignal.read("{\"0\": {\"quality\": 100, \"hash\": \"" + PDQ_1
                + "\", \"timestamp\": 0.0}, \"25\": {\"quality\": 98, \"hash\": \"" + PDQ_2 + "\", \"timestamp\": 1.0}}");

        // Assert
        assertThat(frames).extracting(VpdqSignal.Frame::frameNumber).containsExactly(0, 25);
        assertThat(frames.get(1).quality()).isEqualTo(98);
    }

    @Test
    @DisplayName("every reference hash file of ../shared/vpdq-vectors reads and writes back byte for byte")
    void referenceFiles() throws Exception {
        // Arrange
        List<Path> files;
        try (var listing = Files.list(VECTORS)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();

        for (Path file : files) {
            String text = Files.readString(file);

            // Act
            List<VpdqSignal.Frame> frames = VpdqSignal.read(text);

            // Assert
            assertThat(VpdqSignal.toReferenceText(frames)).as(file.toString()).isEqualTo(text);
            assertThat(VpdqSignal.read(VpdqSignal.toSignal(frames))).extracting(VpdqSignal.Frame::pdqHex)
                    .isEqualTo(frames.stream().map(VpdqSignal.Frame::pdqHex).toList());
        }
    }

    @Test
    @DisplayName("the order of the Python binding's printing example (hash before quality) is read too")
    void pythonReadmeOrder() {
        assertThat(VpdqSignal.read("0," + PDQ_1 + ",100,0\n1," + PDQ_2 + ",98,1\n"))
                .containsExactly(new VpdqSignal.Frame(0, 100, PDQ_1, 0), new VpdqSignal.Frame(1, 98, PDQ_2, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "[3]", "[\"abc,100,0\"]", "[\"" + PDQ_1 + ",101,0\"]",
        "[\"" + PDQ_1 + ",100,NaN\"]", "[\"" + PDQ_1 + ",100,-1\"]", "[\"" + PDQ_1 + ",100,0x1p3\"]",
        "[\"" + PDQ_1 + ",100\"]", "{\"1\": {\"quality\": 1, \"hash\": \"" + PDQ_1 + "\", \"timestamp\": 0},"
                + " \"0\": {\"quality\": 1, \"hash\": \"" + PDQ_1 + "\", \"timestamp\": 0}}",
        "0,100," + PDQ_1 + ",0.000\n0,100," + PDQ_1 + ",1.000", "{\"0\": 7}", "[\"" + PDQ_1 + ",1e99999,0\"]"})
    @DisplayName("malformed signals are refused with what is wrong")
    void refused(String signal) {
        assertThatThrownBy(() -> VpdqSignal.read(signal)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    @DisplayName("more frames than a day of video at one a second, with room, are refused")
    void tooManyFrames() {
        String many = "[" + ("\"" + PDQ_1 + ",100,0\",").repeat(VpdqSignal.MAX_FRAMES) + "\"" + PDQ_1 + ",100,0\"]";

        assertThatThrownBy(() -> VpdqSignal.read(many)).hasMessageContaining("more than");
    }

    @Test
    @DisplayName("timestamps print with three decimals, rounding the float's exact value half to even")
    void seconds() {
        assertThat(VpdqSignal.seconds(0.0)).isEqualTo("0.000");
        assertThat(VpdqSignal.seconds(0.1875)).isEqualTo("0.188"); // an exact tie: to even
        assertThat(VpdqSignal.seconds(0.0625)).isEqualTo("0.062");
        assertThat(VpdqSignal.seconds((float) 1.0 / 3)).isEqualTo("0.333");
    }
}
