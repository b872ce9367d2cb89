package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.CraftedPictures;
import org.w3c.dom.Node;

/**
 * {@link ProgressiveJpeg}: a progressive JPEG rewritten as a baseline one decodes, in the JDK's own reader, to the very
 * samples of the original, byte for byte: on every progressive JPEG of ../shared/pdq-vectors and on progressive
 * JPEGs made here (grey, 4:2:0, 4:2:2, 4:4:4, odd sizes, restart intervals); and what cannot be rewritten exactly is
 * refused with its reason and decoded as before, including damaged files: a seeded campaign of altered files holds
 * every rewriting it accepts to the JDK's decoding of the altered original.
 */
@DisplayName("Progressive JPEGs rewritten as baseline ones, losslessly")
class ProgressiveJpegTest {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    static Stream<Named<String>> progressiveVectors() throws IOException {
        return JpegRasterTest.vectorJpegs().filter(name -> ImageStructure.of(PictureFormat.JPEG,
                read(name.getPayload())).scans() > 1);
    }

    static Stream<Named<byte[]>> madeProgressive() {
        BufferedImage colour = JpegRasterTest.smooth(801, 503, false);
        return Stream.of(
                Named.of("801x503 colour, 4:2:0", progressive(colour, 0, 2, 2)),
                Named.of("801x503 colour, 4:2:2", progressive(colour, 0, 2, 1)),
                Named.of("801x503 colour, 4:4:4", progressive(colour, 0, 1, 1)),
                Named.of("801x503 colour, 4:2:0, a restart every 7 MCUs", progressive(colour, 7, 2, 2)),
                Named.of("333x201 grey, a restart every block", progressive(grey(JpegRasterTest.smooth(333, 201, true)), 1, 1, 1)),
                Named.of("1x1 colour", progressive(JpegRasterTest.smooth(1, 1, false), 0, 2, 2)),
                Named.of("17x9 colour, a restart every 2 MCUs", progressive(JpegRasterTest.smooth(17, 9, false), 2, 2, 2)),
                Named.of("9x33 grey", progressive(grey(JpegRasterTest.smooth(9, 33, true)), 0, 1, 1)));
    }

    @Test
    @DisplayName("the vectors hold progressive JPEGs of both kinds the fast path takes (11 files)")
    void vectorsHoldProgressiveJpegs() throws IOException {
        // Act
        List<String> names = progressiveVectors().map(Named::getPayload).toList();

        // Assert
        assertThat(names).hasSize(11).contains("formats/images/jpeg-progressive-bridge.jpg",
                "images/reg-test-input/dih/bridge-2-rotate-90.jpg", "images/misc-images/wee.jpg");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("progressiveVectors")
    @DisplayName("a progressive vector is rewritten as one baseline scan with the very same samples")
    void vectorRewritten(String name) throws IOException {
        // Arrange
        byte[] original = read(name);

        // Act
        ProgressiveJpeg.Transcoded transcoded = ProgressiveJpeg.toBaseline(original, NO_LIMIT, Integer.MAX_VALUE - 16);

        // Assert
        assertThat(transcoded.refusal()).isNull();
        assertRewritten(original, transcoded.baseline());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("madeProgressive")
    @DisplayName("a progressive JPEG made here is rewritten with the very same samples")
    void madeRewritten(byte[] original) throws IOException {
        // Act
        ProgressiveJpeg.Transcoded transcoded = ProgressiveJpeg.toBaseline(original, NO_LIMIT, Integer.MAX_VALUE - 16);

        // Assert
        assertThat(transcoded.refusal()).isNull();
        assertRewritten(original, transcoded.baseline());
    }

    @Test
    @DisplayName("the JDK's writer put the restart intervals and sampling asked for in the made files")
    void madeFilesAreWhatTheySay() {
        // Arrange
        byte[] restarts = progressive(JpegRasterTest.smooth(17, 9, false), 2, 2, 2);
        byte[] full = progressive(JpegRasterTest.smooth(17, 9, false), 0, 1, 1);

        // Assert: a DRI segment of interval 2 and RST markers in the data; a luma sampling of 1x1
        assertThat(indexOf(restarts, 0xff, 0xdd, 0, 4, 0, 2)).isPositive();
        assertThat(indexOf(restarts, 0xff, 0xd0)).isPositive();
        int frame = indexOf(full, 0xff, 0xc2);
        assertThat(full[frame + 11]).isEqualTo((byte) 0x11);
    }

    @Test
    @DisplayName("a baseline JPEG, a cut-short one and an incomplete progression are refused, each saying why")
    void refusals() throws IOException {
        // Arrange
        byte[] whole = progressive(JpegRasterTest.smooth(120, 80, false), 0, 2, 2);
        byte[] baseline = JpegRasterTest.jpeg(JpegRasterTest.smooth(120, 80, false), false);
        byte[] cutShort = Arrays.copyOf(whole, whole.length - 300);
        int lastScan = lastIndexOf(whole, 0xff, 0xda);
        byte[] incomplete = Arrays.copyOf(whole, lastScan + 2);
        incomplete[lastScan + 1] = (byte) 0xd9; // the last scan replaced by the end of the image
        byte[] twelveBit = whole.clone();
        twelveBit[indexOf(whole, 0xff, 0xc2) + 4] = 12;

        // Act and assert
        assertThat(refusal(baseline)).contains("not a progressive Huffman frame");
        assertThat(refusal(cutShort)).contains("ends");
        assertThat(refusal(incomplete)).contains("incomplete");
        assertThat(refusal(twelveBit)).contains("12-bit");
        assertThat(refusal(whole)).isNull();
        // The incomplete one still decodes, the JDK's way (its smoothing of what is missing), through ImageDecoder
        byte[] decoded = ImageDecoder.standard().decode(incomplete, pixels -> pixels.rgbOrGrey().bytes());
        assertThat(decoded).isEqualTo(JpegRaster.of(raster(incomplete), JpegSamples.YCBCR).rgbOrGrey().bytes());
    }

    @Test
    @DisplayName("limits: coefficients over their allowance or a baseline over its size are refused, not allocated")
    void limits() {
        // Arrange
        byte[] original = progressive(JpegRasterTest.smooth(200, 100, false), 0, 2, 2);
        // 13 x 7 MCUs of 16x16 pixels: 6 blocks of 64 coefficients of 2 bytes and an 8-byte mask each
        long coefficientBytes = 13L * 7 * 6 * 136;

        // Act and assert
        assertThat(ProgressiveJpeg.toBaseline(original, coefficientBytes, Integer.MAX_VALUE - 16).refusal()).isNull();
        assertThat(ProgressiveJpeg.toBaseline(original, coefficientBytes - 1, Integer.MAX_VALUE - 16).refusal())
                .contains("coefficients would take " + coefficientBytes);
        assertThat(ProgressiveJpeg.toBaseline(original, NO_LIMIT, 2048).refusal()).contains("exceed 2048 bytes");
        assertThat(ProgressiveJpeg.maxOutputBytes(original.length)).isEqualTo(2 * original.length + 65_536);
    }

    @Test
    @DisplayName("altered files: every rewriting accepted decodes like the altered original; the rest are refused")
    void alteredFiles() throws IOException {
        // Arrange: a small picture with restarts, so that alterations reach headers, tables, markers and data
        byte[] original = progressive(JpegRasterTest.smooth(96, 64, false), 3, 2, 2);
        SplittableRandom random = new SplittableRandom(2026_12_07L);
        int rewritten = 0;
        int refused = 0;
        List<String> mismatches = new ArrayList<>();

        // Act
        for (int round = 0; round < 1500; round++) {
            byte[] altered = alter(original, random);
            ProgressiveJpeg.Transcoded transcoded = ProgressiveJpeg.toBaseline(altered, NO_LIMIT, 1 << 20);
            if (!transcoded.done()) {
                refused++;
                continue;
            }
            rewritten++;
            byte[] before;
            try {
                before = samples(raster(altered));
            } catch (IOException | RuntimeException jdkRefused) {
                mismatches.add("round " + round + ": the JDK refuses the altered original (" + jdkRefused
                        + ") but it was rewritten");
                continue;
            }
            if (!Arrays.equals(before, samples(raster(transcoded.baseline())))) {
                mismatches.add("round " + round + ": other samples");
            }
        }

        // Assert
        assertThat(mismatches).isEmpty();
        assertThat(rewritten).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    private static String refusal(byte[] jpeg) {
        return ProgressiveJpeg.toBaseline(jpeg, NO_LIMIT, Integer.MAX_VALUE - 16).refusal();
    }

    /** One to three bytes changed: anywhere, or in the last two thirds (mostly scan data), or one bit. */
    private static byte[] alter(byte[] original, SplittableRandom random) {
        byte[] altered = original.clone();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            int at = random.nextBoolean() ? random.nextInt(2, original.length)
                    : random.nextInt(original.length / 3, original.length);
            if (random.nextBoolean()) {
                altered[at] ^= (byte) (1 << random.nextInt(8));
            } else {
                altered[at] = (byte) random.nextInt(256);
            }
        }
        return altered;
    }

    private static void assertRewritten(byte[] original, byte[] baseline) throws IOException {
        ImageStructure structure = ImageStructure.of(PictureFormat.JPEG, baseline);
        assertThat(structure.scans()).isEqualTo(1);
        assertThat(indexOf(baseline, 0xff, 0xc2)).isNegative();
        assertThat(JpegSamples.of(baseline)).isEqualTo(JpegSamples.of(original));
        Raster before = raster(original);
        Raster after = raster(baseline);
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        assertThat(after.getHeight()).isEqualTo(before.getHeight());
        assertThat(after.getNumBands()).isEqualTo(before.getNumBands());
        assertThat(samples(after)).isEqualTo(samples(before));
    }

    /** The raster the fast path reads, in the JDK's reader. */
    private static Raster raster(byte[] jpeg) throws IOException {
        return ImageDecoder.readRaster(jpeg);
    }

    private static byte[] samples(Raster raster) {
        return ((DataBufferByte) raster.getDataBuffer()).getData();
    }

    private static BufferedImage grey(BufferedImage image) {
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(image, 0, 0, null);
        return grey;
    }

    /**
     * The JDK's writer in progressive mode at quality 0.9, with a restart interval (in MCUs, 0 for none) and the luma
     * sampling given (chroma 1x1) in its metadata.
     */
    static byte[] progressive(BufferedImage image, int restartInterval, int lumaH, int lumaV) {
        return CraftedPictures.jpeg(image, 0.9f, true, root -> {
            IIOMetadataNode luma = (IIOMetadataNode) root.getElementsByTagName("componentSpec").item(0);
            luma.setAttribute("HsamplingFactor", Integer.toString(lumaH));
            luma.setAttribute("VsamplingFactor", Integer.toString(lumaV));
            if (restartInterval > 0) {
                IIOMetadataNode dri = new IIOMetadataNode("dri");
                dri.setAttribute("interval", Integer.toString(restartInterval));
                Node sequence = root.getElementsByTagName("markerSequence").item(0);
                sequence.insertBefore(dri, root.getElementsByTagName("sof").item(0));
            }
        });
    }

    private static int indexOf(byte[] bytes, int... sequence) {
        return find(bytes, sequence, false);
    }

    private static int lastIndexOf(byte[] bytes, int... sequence) {
        return find(bytes, sequence, true);
    }

    private static int find(byte[] bytes, int[] sequence, boolean last) {
        int found = -1;
        for (int i = 0; i + sequence.length <= bytes.length; i++) {
            int j = 0;
            while (j < sequence.length && (bytes[i + j] & 0xff) == sequence[j]) {
                j++;
            }
            if (j == sequence.length) {
                if (!last) {
                    return i;
                }
                found = i;
            }
        }
        return found;
    }

    private static byte[] read(String name) {
        try {
            return Files.readAllBytes(PdqVectors.file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
