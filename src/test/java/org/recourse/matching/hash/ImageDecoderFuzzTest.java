package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.testing.FuzzInput;

/**
 * The upload's picture path under fuzzing: any bytes (PNG, JPEG, GIF, BMP, WebP and TIFF seeds, bombs among them, and
 * the heads of refused formats) are
 * hashed, or refused by a limit, in bounded time and memory: {@link ImageHashes#of} either gives exact hashes (and a
 * PDQ hash with its eight variants for a picture it decodes) or throws {@link ImageRefusedException}; nothing else
 * comes out, no {@link OutOfMemoryError} included, and every byte of decoding memory is given back. The limits are
 * those of a small node (4 megapixels, 64 MiB to decode in) so that a campaign runs in a 1 GiB heap. Seeds:
 * {@code src/test/resources/org/recourse/matching/hash/ImageDecoderFuzzTestInputs/uploadedBytes/}.
 */
@DisplayName("Picture decoding and hashing under fuzzing")
class ImageDecoderFuzzTest {

    private static final DecodeBudget BUDGET = new DecodeBudget(64L << 20);
    private static final ImageDecoder DECODER = new ImageDecoder(new ImageLimits(4_000_000, 4L << 20), BUDGET,
            Duration.ofSeconds(5));

    @FuzzTest(maxDuration = "15m")
    @Timeout(10)
    void uploadedBytes(byte[] input) {
        // Act
        ImageHashes hashes;
        try {
            hashes = FuzzInput.within(Duration.ofSeconds(3), () -> ImageHashes.of(input, DECODER));
        } catch (ImageRefusedException refused) {
            // Assert: refused by a limit it names, nothing held
            assertThat(refused.messageKey()).startsWith("api.error.picture.");
            assertThat(BUDGET.available()).isEqualTo(BUDGET.capacity());
            return;
        }

        // Assert
        assertThat(hashes.sha256()).isEqualTo(Sha256.of(input).toHex());
        assertThat(hashes.variants()).hasSize(hashes.pdq().isPresent() ? 8 : 0);
        hashes.pdq().ifPresent(pdq -> assertThat(hashes.quality()).isGreaterThanOrEqualTo(
                PdqResult.MINIMUM_USABLE_QUALITY));
        assertThat(BUDGET.available()).isEqualTo(BUDGET.capacity());
    }
}
