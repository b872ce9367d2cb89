package org.recourse.matching.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.matching.hash.PdqHasher;
import org.recourse.matching.hash.PdqResult;
import org.recourse.matching.hash.Pixels;

/**
 * The shortcut from YUV to PDQ's luma gives what the long way gives (RGB written out, then the picture hasher's own
 * luma), to the bit, at any size; and the 64x64 case skips the blur as the reference's buffer hasher does.
 */
@DisplayName("Luma straight from YUV")
class FrameLumaTest {

    private final SplittableRandom random = new SplittableRandom(2026);

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"480,270", "101,50", "7,6", "1920,1080"})
    @DisplayName("the same hash and quality as RGB through the picture hasher, on random frames")
    void sameAsRgb(int width, int height) {
        // Arrange
        byte[] yuv = new byte[width * height + 2 * ((width + 1) / 2) * ((height + 1) / 2)];
        random.nextBytes(yuv);
        byte[] rgb = new byte[3 * width * height];
        float[] luma = new float[width * height];

        // Act
        Yuv420ToRgb.convert(yuv, width, height, rgb);
        PdqResult viaRgb = PdqHasher.withoutPreResize().hash(Pixels.rgb(width, height, rgb));
        FrameLuma.fromYuv420(yuv, width, height, luma);
        float[] fromRgb = new float[width * height];
        FrameLuma.fromRgb(rgb, width * height, fromRgb);
        boolean sameLuma = Arrays.equals(fromRgb, luma);
        PdqResult direct = PdqHasher.withoutPreResize().hashLuma(luma, height, width);

        // Assert
        assertThat(sameLuma).as("luma from RGB equals luma from YUV, bit for bit").isTrue();
        assertThat(direct).isEqualTo(viaRgb);
    }

    @Test
    @DisplayName("at exactly 64x64 the blur is skipped, as the reference's pdqHash256FromFloatLuma")
    void noBlurAt64() {
        // Arrange
        byte[] grey = new byte[64 * 64];
        random.nextBytes(grey);
        float[] luma = new float[64 * 64];
        for (int i = 0; i < grey.length; i++) {
            luma[i] = grey[i] & 0xff;
        }

        // Act
        PdqResult direct = PdqHasher.withoutPreResize().hashLuma(luma, 64, 64);

        // Assert: the same as the file hasher, which skips the blur at 64x64 too
        assertThat(direct).isEqualTo(PdqHasher.withPreResize().hash(Pixels.grey(64, 64, grey)));
    }

    @ParameterizedTest(name = "Y={0} U={1} V={2}: {3} {4} {5}")
    @CsvSource({"16,128,128,0,0,0", "235,128,128,255,255,255", "81,90,240,255,0,0", "145,54,34,0,255,0",
        "41,240,110,0,0,255"})
    @DisplayName("limited-range BT.601: black, white and the primaries (within 2 of the textbook values)")
    void colours(int y, int u, int v, int red, int green, int blue) {
        // Arrange
        byte[] yuv = {(byte) y, (byte) y, (byte) y, (byte) y, (byte) u, (byte) v};
        byte[] rgb = new byte[12];

        // Act
        Yuv420ToRgb.convert(yuv, 2, 2, rgb);

        // Assert
        assertThat(rgb[0] & 0xff).isCloseTo(red, org.assertj.core.data.Offset.offset(2));
        assertThat(rgb[1] & 0xff).isCloseTo(green, org.assertj.core.data.Offset.offset(2));
        assertThat(rgb[2] & 0xff).isCloseTo(blue, org.assertj.core.data.Offset.offset(2));
    }
}
