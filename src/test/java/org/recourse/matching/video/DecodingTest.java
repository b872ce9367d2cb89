package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.matching.hash.Sha256;

/**
 * The decoding chain stage by stage against the reference's per-frame digests: FFmpeg's YUV ({@code yuv_sha256}) for
 * each codec and container, the RGB of FFmpeg's own swscale where we ask it for RGB (the path of inputs that are not
 * 8-bit 4:2:0 of even height), and the other codecs we allow decoding at all.
 */
@DisplayName("Decoding: YUV and RGB against the reference's digests")
class DecodingTest {

    private static final long DEADLINE_SECONDS = 60;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bridge.mp4", "bridge-vp9.webm", "life-remux.mkv", "testsrc2-w320.mp4",
        "cellauto-fps2997.mp4", "smptehdbars-audiofirst.mp4"})
    @DisplayName("FFmpeg's YUV of every frame is the reference decoder's, per codec and container")
    void yuv(String file) {
        // Arrange
        String stem = file.substring(0, file.lastIndexOf('.'));
        List<String> expected = VpdqVectors.table("frames/" + stem + ".tsv").stream()
                .map(frame -> frame.get("yuv_sha256")).toList();
        Path video = VpdqVectors.file("videos/" + file);
        VideoInfo info = probe(video);
        List<String> yuv = new ArrayList<>();

        // Act
        new FrameDecoder(FfmpegTools.locate(), 1).decode(video, info, VideoLimits.DEFAULT, deadline(),
                (number, frame) -> yuv.add(Sha256.of(frame).toHex()));

        // Assert
        assertThat(info.convertedHere()).isTrue();
        assertThat(yuv.subList(0, expected.size())).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("asked for RGB, FFmpeg's swscale gives the reference's RGB too (the path of other pixel formats)")
    void rgbFromFfmpeg() {
        // Arrange
        Path video = VpdqVectors.file("videos/bridge.mp4");
        VideoInfo probed = probe(video);
        VideoInfo asOther = new VideoInfo(probed.format(), probed.codec(), probed.width(), probed.height(),
                "yuv420p, converted by FFmpeg", probed.frameRate(), OptionalDouble.empty());
        List<String> expected = VpdqVectors.table("frames/bridge.tsv").stream()
                .map(frame -> frame.get("rgb_sha256")).toList();
        List<String> rgb = new ArrayList<>();

        // Act
        new FrameDecoder(FfmpegTools.locate(), 1).decode(video, asOther, VideoLimits.DEFAULT, deadline(),
                (number, frame) -> rgb.add(Sha256.of(frame).toHex()));

        // Assert
        assertThat(asOther.convertedHere()).isFalse();
        assertThat(rgb).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("the probe reads the frame rate, coded size and pixel format the reference uses")
    void probeFacts() {
        for (Map<String, String> row : VpdqVectors.videos()) {
            // Act
            VideoInfo info = probe(VpdqVectors.video(row));

            // Assert
            assertThat(info.frameRate().toString()).as(row.get("file")).isEqualTo(row.get("avg_frame_rate"));
            assertThat(info.width()).isEqualTo(Integer.parseInt(row.get("width")));
            assertThat(info.height()).isEqualTo(Integer.parseInt(row.get("height")));
            assertThat(info.pixelFormat()).isEqualTo(row.get("pix_fmt"));
            assertThat(info.codec()).isEqualTo(row.get("codec"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vp8:libvpx:webm", "av1:libaom-av1:mkv", "vp9-444:libvpx-vp9:webm",
        "vp9-odd:libvpx-vp9:mkv"})
    @DisplayName("the other allowed codecs and pixel formats decode and hash, every frame")
    void otherCodecs(String recipe, @TempDir Path dir) {
        // Arrange
        String[] parts = recipe.split(":");
        String size = parts[0].endsWith("odd") ? "96x71" : "96x72";
        String pixels = parts[0].endsWith("444") ? "yuv444p" : "yuv420p";
        Path video = TestVideos.make(dir.resolve(parts[0] + "." + parts[2]), TestVideos.concat(
                TestVideos.pattern(size, 1), new String[] {"-c:v", parts[1], "-pix_fmt", pixels, "-cpu-used", "8"}));

        // Act
        VpdqVideo hashed = VpdqVectors.HASHER.hash(video, VideoLimits.DEFAULT, VpdqHasher.EVERY_FRAME);

        // Assert
        assertThat(hashed.frames()).extracting(VpdqFrame::frameNumber).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(hashed.frames()).extracting(VpdqFrame::timestampText).startsWith("0.000", "0.100");
        assertThat(hashed.frames()).allMatch(frame -> frame.quality() > 0);
    }

    private static VideoInfo probe(Path video) {
        return VideoProbe.probe(FfmpegTools.locate(), video, VideoLimits.DEFAULT, deadline());
    }

    private static long deadline() {
        return System.nanoTime() + DEADLINE_SECONDS * 1_000_000_000L;
    }
}
