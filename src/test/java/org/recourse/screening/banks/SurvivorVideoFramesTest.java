package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.video.VideoIndex;
import org.recourse.matching.video.VpdqFrame;
import org.recourse.matching.video.VpdqMatcher;
import org.recourse.matching.video.VpdqText;
import org.recourse.matching.video.VpdqVideo;

/** A survivor's page sends a video's frame fingerprints: hostile input, bounded, and matched with a few bits off. */
@DisplayName("A survivor's video frames from /hash")
class SurvivorVideoFramesTest {

    private static final Path BRIDGE = Path.of("..", "shared", "vpdq-vectors", "hashes-r1", "bridge.txt");

    @Test
    @DisplayName("are read line by line; a bad line, more than an hour of frames or a huge text are refused")
    void bounded() throws IOException {
        // Arrange
        String good = Files.readString(BRIDGE, StandardCharsets.US_ASCII);
        String line = "0,100," + "ab".repeat(32) + ",0.000\n";
        StringBuilder tooMany = new StringBuilder();
        for (int i = 0; i <= HashSubmissions.MAX_VIDEO_FRAMES; i++) {
            tooMany.append(i).append(line.substring(1));
        }

        // Act // Assert
        assertThat(HashSubmissions.survivorFrames(good)).isEqualTo(good);
        assertThatThrownBy(() -> HashSubmissions.survivorFrames(good.replaceFirst(",100,", ",x,")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line 1");
        assertThatThrownBy(() -> HashSubmissions.survivorFrames(tooMany.toString()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashSubmissions.survivorFrames("x".repeat(HashSubmissions.MAX_VIDEO_FRAMES * 128 + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashSubmissions.survivorFrames("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("frames a few bits from the reference's (a browser's decoder) still match the banked video")
    void tolerance() throws IOException {
        // Arrange: every frame with 6 bits flipped, as a browser's decoder and scaler may give
        VpdqVideo reference = VpdqText.read(Files.readString(BRIDGE, StandardCharsets.US_ASCII));
        List<VpdqFrame> off = reference.frames().stream().map(f -> new VpdqFrame(f.frameNumber(), flip(f.hash(), 6),
                f.quality(), f.timestamp())).toList();
        VpdqVideo browser = VpdqText.read(HashSubmissions.survivorFrames(VpdqText.write(new VpdqVideo(off))));

        // Act
        try (VideoIndex index = new VideoIndex(VpdqMatcher.reference())) {
            index.add(1, reference);

            // Assert
            assertThat(index.matches(browser)).extracting(VideoIndex.Hit::videoId).containsExactly(1L);
        }
    }

    private static PdqHash flip(PdqHash hash, int bits) {
        char[] hex = hash.toHex().toCharArray();
        for (int i = 0; i < bits; i++) {
            int at = i * 9 % hex.length;
            hex[at] = Character.forDigit(Character.digit(hex[at], 16) ^ 1, 16);
        }
        return PdqHash.fromHex(new String(hex));
    }
}
