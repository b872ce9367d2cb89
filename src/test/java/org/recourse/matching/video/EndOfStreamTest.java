package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the reference is wrong and we are not: a video that is not stream 0 (here AAC is stream 0, the base's H.264
 * copied unchanged as stream 1) loses the frames still in the reference's decoder at the end, because its flush packet
 * carries stream index 0. We hash all 200 frames; the reference wrote 198. The difference is exactly those 2 frames,
 * which equal the base's last 2 lines.
 */
@DisplayName("The end-of-stream flush: every frame of a video that is not stream 0")
class EndOfStreamTest {

    static Stream<Map<String, String>> audioFirst() {
        return VpdqVectors.videos().stream().filter(row -> row.get("variant").equals("audiofirst"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("audioFirst")
    @DisplayName("the reference's 198 lines, then the 2 it lost, which are the base's")
    void everyFrame(Map<String, String> row) {
        // Arrange
        List<String> reference = VpdqVectors.lines("hashes/" + VpdqVectors.stem(row) + ".txt");
        List<String> base = VpdqVectors.lines("hashes/" + row.get("base") + ".txt");

        // Act
        VpdqVideo video = VpdqVectors.HASHER.hash(VpdqVectors.video(row), VideoLimits.DEFAULT,
                VpdqHasher.EVERY_FRAME);

        // Assert
        List<String> ours = List.of(VpdqText.write(video).split("\n"));
        assertThat(row.get("video_stream_index")).isEqualTo("1");
        assertThat(reference).hasSize(198);
        assertThat(ours).hasSize(200).startsWith(reference.toArray(String[]::new));
        assertThat(ours.subList(198, 200)).containsExactlyElementsOf(base.subList(198, 200));
        assertThat(ours).containsExactlyElementsOf(base);
    }
}
