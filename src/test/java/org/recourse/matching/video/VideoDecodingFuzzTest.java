package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.matching.hash.DecodeBudget;
import org.recourse.testing.FuzzInput;

/**
 * The container parsing path under fuzzing: any bytes (MP4, WebM and Matroska seeds, one cut short) go through the
 * whole chain, probe, decode and hash, with a small node's limits, and either give frames in order with their
 * reference timestamps or are refused with a reason; nothing else comes out (no exception of another kind, no hang),
 * and the decoding memory is all given back. FFmpeg's own crashes stay in its process and show as refusals. Seeds:
 * {@code src/test/resources/org/recourse/matching/video/VideoDecodingFuzzTestInputs/videoBytes/}.
 *
 * <p>Each input starts two processes (about 50 ms), so a campaign covers far fewer inputs than an in-process one;
 * what it checks is our side: the probe's output parsing, the limits and the frame reading, on whatever FFmpeg
 * makes of the bytes.
 */
@DisplayName("Video decoding and hashing under fuzzing")
class VideoDecodingFuzzTest {

    private static final DecodeBudget BUDGET = new DecodeBudget(64L << 20);
    private static final VpdqHasher HASHER = new VpdqHasher(FfmpegTools.locate(), BUDGET, Duration.ofSeconds(1), 1);
    private static final VideoLimits LIMITS = new VideoLimits(1L << 20, 640L * 480, 2048, 120, Duration.ofMinutes(1),
            600, Duration.ofSeconds(5), 512L << 20);

    @FuzzTest(maxDuration = "15m")
    @Timeout(20)
    void videoBytes(byte[] input) {
        // Act
        VpdqVideo video;
        try {
            video = FuzzInput.within(Duration.ofSeconds(8), () -> HASHER.hash(new ByteArrayInputStream(input), LIMITS,
                    VpdqHasher.EVERY_FRAME));
        } catch (VideoRefusedException refused) {
            // Assert: refused with a reason it names, nothing held
            assertThat(refused.messageKey()).startsWith("api.error.video.");
            assertThat(BUDGET.available()).isEqualTo(BUDGET.capacity());
            return;
        }

        // Assert
        assertThat(video.size()).isLessThanOrEqualTo(600);
        for (int i = 0; i < video.size(); i++) {
            assertThat(video.frames().get(i).frameNumber()).isEqualTo(i);
        }
        assertThat(VpdqText.read(VpdqText.write(video)).frames()).extracting(VpdqFrame::hash)
                .containsExactlyElementsOf(video.frames().stream().map(VpdqFrame::hash).toList());
        assertThat(BUDGET.available()).isEqualTo(BUDGET.capacity());
    }
}
