package org.recourse.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.matching.hash.DecodeBudget;
import org.recourse.matching.video.FfmpegTools;
import org.recourse.matching.video.VideoFingerprinting;
import org.recourse.matching.video.VideoLimits;
import org.recourse.matching.video.VpdqHasher;
import org.recourse.matching.video.VpdqText;
import org.recourse.platform.validation.FieldProblem;

@DisplayName("A registration's video fingerprint")
class VideoFingerprintsTest {

    private static final Path VECTORS = Path.of("..", "shared", "vpdq-vectors");
    private static final String URL = "https://platform.example/v/1";

    private final VideoFingerprints videos = fingerprints(VideoLimits.DEFAULT);

    @Test
    @DisplayName("a video's bytes are hashed a frame a second, as the reference's -r 1, whatever the declared type")
    void bytes() throws IOException {
        // Arrange
        byte[] bytes = Files.readAllBytes(VECTORS.resolve("videos/bridge.mp4"));
        String reference = Files.readString(VECTORS.resolve("hashes-r1/bridge.txt"), StandardCharsets.US_ASCII);

        // Act
        var video = videos.of(new Registration("v-1", URL, "application/octet-stream", null, null, bytes));

        // Assert
        assertThat(video).isPresent();
        assertThat(VpdqText.write(video.get())).isEqualTo(reference);
    }

    @Test
    @DisplayName("a picture's bytes, or no bytes, are no video")
    void notVideo() throws IOException {
        // Arrange
        byte[] jpeg = Files.readAllBytes(Path.of("..", "shared", "pdq-vectors", "images", "bridge-mods",
                "aaa-orig.jpg"));

        // Act // Assert
        assertThat(videos.of(new Registration("p-1", URL, "image/jpeg", null, null, jpeg))).isEmpty();
        assertThat(videos.of(new Registration("p-2", URL, "image/jpeg", null, "a".repeat(64), null))).isEmpty();
    }

    @Test
    @DisplayName("bytes declared as a video that are not one are refused as not a video we read")
    void declaredVideo() {
        // Arrange
        byte[] text = "not a video, only words".getBytes(StandardCharsets.US_ASCII);

        // Act // Assert
        assertThatThrownBy(() -> videos.of(new Registration("v-2", URL, "video/mp4", null, null, text)))
                .isInstanceOfSatisfying(ContentRegistry.InvalidException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("bytes", "api.error.video.format")));
    }

    @Test
    @DisplayName("a video over the size limit is refused naming the limit, before FFmpeg runs")
    void oversized() throws IOException {
        // Arrange
        VideoFingerprints small = fingerprints(VideoLimits.DEFAULT.withMaxBytes(1000));
        byte[] bytes = Files.readAllBytes(VECTORS.resolve("videos/bridge.mp4"));

        // Act // Assert
        assertThatThrownBy(() -> small.of(new Registration("v-3", URL, "video/mp4", null, null, bytes)))
                .isInstanceOfSatisfying(ContentRegistry.InvalidException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("api.error.video.bytes"));
    }

    @Test
    @DisplayName("a sent vPDQ is read line by line: the first bad line is named, and no frame is no fingerprint")
    void sent() {
        // Arrange
        String good = "0,100," + "ab".repeat(32) + ",0.000\n25,90," + "cd".repeat(32) + ",1.000\n";
        String badHash = "0,100," + "ab".repeat(32) + ",0.000\n25,90,xyz,1.000\n";

        // Act // Assert
        assertThat(VideoFingerprints.sent(good, "vpdq").size()).isEqualTo(2);
        assertThatThrownBy(() -> VideoFingerprints.sent(badHash, "vpdq"))
                .isInstanceOfSatisfying(ContentRegistry.InvalidException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo("api.error.vpdq.hash");
                            assertThat(p.arguments()).containsExactly(2);
                        }));
        assertThatThrownBy(() -> VideoFingerprints.sent("", "vpdq"))
                .isInstanceOfSatisfying(ContentRegistry.InvalidException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("api.error.vpdq.empty"));
    }

    @Test
    @DisplayName("bytes and a vPDQ together are refused: Recourse fingerprints what it is given")
    void both() {
        // Arrange
        Registration both = new Registration("v-4", URL, "video/mp4", null, null, new byte[] {1}, null, null,
                "0,100," + "ab".repeat(32) + ",0.000\n");

        // Act // Assert
        assertThat(both.check()).extracting(FieldProblem::messageKey)
                .contains("api.error.content.vpdq.withBytes");
    }

    private static VideoFingerprints fingerprints(VideoLimits limits) {
        VideoFingerprints fingerprints = new VideoFingerprints();
        VideoFingerprinting fingerprinting = new VideoFingerprinting(new VpdqHasher(FfmpegTools.locate(),
                new DecodeBudget(256L << 20), Duration.ofSeconds(5), 1), limits);
        fingerprints.fingerprinting = () -> fingerprinting;
        return fingerprints;
    }
}
