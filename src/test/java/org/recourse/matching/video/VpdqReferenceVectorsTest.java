package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.matching.hash.Sha256;

/**
 * Every one of the 72 reference videos hashed by FFmpeg and our code, compared with what the reference C++
 * {@code vpdq-hash-video} wrote, line for line (frame number, quality, hash and timestamp text): every frame
 * ({@code hashes/}) with the RGB the reference hashed ({@code frames/*.tsv rgb_sha256}) for each of them, and one
 * hash a second ({@code hashes-r1/}). The audio-first videos differ by design: see {@link EndOfStreamTest}.
 */
@DisplayName("vPDQ hashes of every reference video")
class VpdqReferenceVectorsTest {

    static Stream<Arguments> videos() {
        return VpdqVectors.videos().stream().map(row -> Arguments.of(VpdqVectors.stem(row), row));
    }

    @ParameterizedTest(name = "{0}, every frame")
    @MethodSource("videos")
    @DisplayName("every frame: the reference's lines and RGB")
    void everyFrame(String stem, Map<String, String> row) {
        // Arrange
        List<String> expected = VpdqVectors.lines("hashes/" + stem + ".txt");
        List<String> expectedRgb = VpdqVectors.table("frames/" + stem + ".tsv").stream()
                .map(frame -> frame.get("rgb_sha256")).toList();
        List<String> rgb = new ArrayList<>();

        // Act
        VpdqVideo video = VpdqVectors.HASHER.hash(VpdqVectors.video(row), VideoLimits.DEFAULT,
                VpdqHasher.EVERY_FRAME, (number, pixels, width, height) -> rgb.add(Sha256.of(pixels).toHex()));

        // Assert
        List<String> lines = List.of(VpdqText.write(video).split("\n"));
        if ("audiofirst".equals(row.get("variant"))) {
            assertThat(lines).hasSize(Integer.parseInt(row.get("frames_in_stream")));
            assertThat(lines.subList(0, expected.size())).containsExactlyElementsOf(expected);
            assertThat(rgb.subList(0, expectedRgb.size())).containsExactlyElementsOf(expectedRgb);
        } else {
            assertThat(lines).containsExactlyElementsOf(expected);
            assertThat(rgb).containsExactlyElementsOf(expectedRgb);
        }
    }

    @ParameterizedTest(name = "{0}, -r 1")
    @MethodSource("videos")
    @DisplayName("one a second: the reference's lines with -r 1")
    void onePerSecond(String stem, Map<String, String> row) {
        // Arrange
        List<String> expected = VpdqVectors.lines("hashes-r1/" + stem + ".txt");

        // Act
        VpdqVideo video = VpdqVectors.HASHER.hash(VpdqVectors.video(row), VideoLimits.DEFAULT,
                VpdqHasher.ONE_PER_SECOND);

        // Assert
        List<String> lines = List.of(VpdqText.write(video).split("\n"));
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(video.frames().get(1).frameNumber()).isEqualTo(Integer.parseInt(row.get("r1_frame_step")));
    }
}
