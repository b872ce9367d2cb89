package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.matching.video.VideoRefusedException.Reason;

/**
 * Hostile or unwanted input is refused with the reason that names it, before or while decoding, and FFmpeg never
 * opens what it is not allowed to: other demuxers (playlists, concat scripts, pictures), other codecs, more memory,
 * time, pixels, frames or seconds than the limits give.
 */
@DisplayName("Video refusals and limits")
class VideoRefusalsTest {

    private static final Path BRIDGE = VpdqVectors.file("videos/bridge.mp4");

    @Test
    @DisplayName("a picture is not a video: the image demuxers are closed")
    void picture() {
        assertRefused(Path.of("..", "shared", "pdq-vectors", "images", "bridge-mods", "aaa-orig.jpg"),
                VideoLimits.DEFAULT, Reason.FORMAT);
    }

    @Test
    @DisplayName("an HLS playlist and a concat script naming local files are refused, not followed")
    void playlists(@TempDir Path dir) throws IOException {
        Path playlist = Files.writeString(dir.resolve("list.m3u8"), "#EXTM3U\n#EXT-X-TARGETDURATION:8\n#EXTINF:8,\n"
                + BRIDGE.toAbsolutePath() + "\n#EXT-X-ENDLIST\n", StandardCharsets.UTF_8);
        Path concat = Files.writeString(dir.resolve("list.txt"), "ffconcat version 1.0\nfile '"
                + BRIDGE.toAbsolutePath() + "'\n", StandardCharsets.UTF_8);

        assertRefused(playlist, VideoLimits.DEFAULT, Reason.FORMAT);
        assertRefused(concat, VideoLimits.DEFAULT, Reason.FORMAT);
    }

    @Test
    @DisplayName("a codec outside the allow-list is refused by name (MPEG-4 Part 2)")
    void codec(@TempDir Path dir) {
        Path video = TestVideos.make(dir.resolve("old.mp4"), TestVideos.concat(TestVideos.pattern("96x72", 1),
                new String[] {"-c:v", "mpeg4"}));

        VideoRefusedException refused = assertRefused(video, VideoLimits.DEFAULT, Reason.CODEC);
        assertThat(refused.arguments()).first().isEqualTo("mpeg4");
    }

    @Test
    @DisplayName("a file without a video stream is refused")
    void audioOnly(@TempDir Path dir) {
        Path audio = TestVideos.make(dir.resolve("sound.m4a"), "-f", "lavfi", "-i", "sine=duration=1", "-c:a", "aac");

        assertRefused(audio, VideoLimits.DEFAULT, Reason.NO_VIDEO);
    }

    @Test
    @DisplayName("frames under 5 pixels a side cannot be hashed (the reference fails on them)")
    void tooSmall(@TempDir Path dir) {
        Path tiny = TestVideos.make(dir.resolve("tiny.webm"), TestVideos.concat(TestVideos.pattern("4x4", 1),
                new String[] {"-c:v", "libvpx-vp9"}));

        assertRefused(tiny, VideoLimits.DEFAULT, Reason.TOO_SMALL);
    }

    @Test
    @DisplayName("declared limits: pixels, frame rate and duration are refused before any frame is decoded")
    void declared() {
        VideoLimits d = VideoLimits.DEFAULT;
        assertRefused(BRIDGE, d.withMaxPixels(480 * 270 - 1), Reason.FRAME_SIZE);
        assertRefused(BRIDGE, new VideoLimits(d.maxBytes(), d.maxPixels(), 479, d.maxFrameRate(), d.maxDuration(),
                d.maxFrames(), d.wallClock(), d.processMemory()), Reason.FRAME_SIDE);
        assertRefused(BRIDGE, new VideoLimits(d.maxBytes(), d.maxPixels(), d.maxSide(), 24.0, d.maxDuration(),
                d.maxFrames(), d.wallClock(), d.processMemory()), Reason.FRAME_RATE);
        assertRefused(BRIDGE, d.withMaxDuration(Duration.ofSeconds(7)), Reason.DURATION);
        assertThat(VpdqVectors.HASHER.hash(BRIDGE, d.withMaxDuration(Duration.ofSeconds(8)),
                VpdqHasher.ONE_PER_SECOND).size()).isEqualTo(8);
    }

    @Test
    @DisplayName("frames are counted while decoding: one past the limit is refused")
    void frames() {
        assertRefused(BRIDGE, VideoLimits.DEFAULT.withMaxFrames(199), Reason.FRAMES);
        assertThat(VpdqVectors.HASHER.hash(BRIDGE, VideoLimits.DEFAULT.withMaxFrames(200),
                VpdqHasher.ONE_PER_SECOND).size()).isEqualTo(8);
    }

    @Test
    @DisplayName("FFmpeg is killed at the wall-clock deadline")
    void wallClock() {
        assertRefused(BRIDGE, VideoLimits.DEFAULT.withWallClock(Duration.ofMillis(1)), Reason.TIME);
    }

    @Test
    @DisplayName("FFmpeg's address space is capped: too little memory is a refusal, not a crash of ours")
    void memory() {
        assertRefused(BRIDGE, VideoLimits.DEFAULT.withProcessMemory(64L << 20), Reason.MEMORY);
    }

    @Test
    @DisplayName("a stream is copied at most up to the byte limit, then refused; under it, hashed as the file")
    void stream() throws IOException {
        byte[] bytes = Files.readAllBytes(BRIDGE);

        assertThatThrownBy(() -> VpdqVectors.HASHER.hash(new ByteArrayInputStream(bytes),
                VideoLimits.DEFAULT.withMaxBytes(bytes.length - 1), VpdqHasher.ONE_PER_SECOND))
                .isInstanceOfSatisfying(VideoRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.BYTES));
        assertRefused(BRIDGE, VideoLimits.DEFAULT.withMaxBytes(bytes.length - 1), Reason.BYTES);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            assertThat(VpdqText.write(VpdqVectors.HASHER.hash(in, VideoLimits.DEFAULT.withMaxBytes(bytes.length),
                    VpdqHasher.ONE_PER_SECOND))).isEqualTo(VpdqVectors.text("hashes-r1/bridge.txt"));
        }
    }

    @Test
    @DisplayName("a damaged file is refused: the first half of a video")
    void damaged(@TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(VpdqVectors.file("videos/bridge-remux.mkv"));
        Path half = Files.write(dir.resolve("half.mkv"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        // Matroska streams: the first half decodes; what is there is hashed, up to where the file stops.
        VpdqVideo video = VpdqVectors.HASHER.hash(half, VideoLimits.DEFAULT, VpdqHasher.EVERY_FRAME);
        assertThat(video.size()).isBetween(1, 199);
        assertRefused(Files.write(dir.resolve("noise.mp4"), new byte[4096]), VideoLimits.DEFAULT, Reason.FORMAT);
    }

    @Test
    @DisplayName("an FFmpeg that cannot start (a system library missing) is the server's fault, not a refusal")
    void ffmpegCannotStart(@TempDir Path dir) throws IOException {
        // Arrange: executables that fail as the dynamic loader does
        for (String tool : new String[] {"ffmpeg", "ffprobe"}) {
            Path script = Files.writeString(dir.resolve(tool), "#!/bin/sh\necho \"" + tool + ": error while loading "
                    + "shared libraries: libxcb.so.1: cannot open shared object file\" >&2\nexit 127\n");
            script.toFile().setExecutable(true);
        }
        VpdqHasher broken = new VpdqHasher(FfmpegTools.inDirectory(dir), new org.recourse.matching.hash.DecodeBudget(
                64L << 20), Duration.ofSeconds(1), 1);

        // Act, Assert
        assertThatThrownBy(() -> broken.hash(BRIDGE, VideoLimits.DEFAULT, VpdqHasher.ONE_PER_SECOND))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("libxcb.so.1");
    }

    private static VideoRefusedException assertRefused(Path file, VideoLimits limits, Reason reason) {
        VideoRefusedException[] caught = new VideoRefusedException[1];
        assertThatThrownBy(() -> VpdqVectors.HASHER.hash(file, limits, VpdqHasher.EVERY_FRAME))
                .isInstanceOfSatisfying(VideoRefusedException.class, refused -> {
                    assertThat(refused.reason()).as(refused.getMessage()).isEqualTo(reason);
                    assertThat(refused.messageKey()).startsWith("api.error.video.");
                    caught[0] = refused;
                });
        return caught[0];
    }
}
