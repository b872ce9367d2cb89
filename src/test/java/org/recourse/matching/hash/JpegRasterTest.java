package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.recourse.testing.CraftedPictures;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast JPEG path ({@link JpegSamples}, {@link JpegRaster}): the decoder's raster read as it is and converted here,
 * against the picture path it replaces ({@code reader.read} then {@link RasterPixels}), on every JPEG of
 * ../shared/pdq-vectors (images/ and formats/images/: 4:2:0, 4:4:4, progressive, grey, ICC profiles) and on JPEGs made
 * here (800x500 baseline and progressive, a grey picture stored in colour): the same samples byte for byte, the reference's own decoded pixels where the vectors have them,
 * and the reference's hashes hashed straight from YCbCr.
 */
@DisplayName("JPEG samples read raw and converted as libjpeg converts them")
class JpegRasterTest {

    private static final Map<String, Map<String, String>> EXPECTED = Stream.concat(
            PdqVectors.table("expected.tsv").stream().map(row -> Map.entry("images/" + row.get("file"), row)),
            PdqVectors.table("formats/expected.tsv").stream()
                    .map(row -> Map.entry("formats/images/" + row.get("file"), row)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    static Stream<Named<String>> vectorJpegs() throws IOException {
        Path root = PdqVectors.root();
        try (Stream<Path> files = Files.walk(root)) {
            List<String> jpegs = files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.startsWith("images/") || name.startsWith("formats/images/"))
                    .filter(name -> name.endsWith(".jpg") || name.endsWith(".jpeg")).sorted().toList();
            return jpegs.stream().map(name -> Named.of(name, name));
        }
    }

    static Stream<Named<byte[]>> madeJpegs() {
        BufferedImage colour = smooth(800, 500, false);
        BufferedImage grey = smooth(333, 201, true);
        return Stream.of(Named.of("800x500 colour, 4:2:0", jpeg(colour, false)),
                Named.of("800x500 colour, progressive", jpeg(colour, true)),
                Named.of("333x201 grey picture stored as colour YCbCr", jpeg(grey, false)));
    }

    @Test
    @DisplayName("every JPEG of the vectors is a case (48), and the fast path takes all but CMYK, YCCK and RGB ones")
    void everyVectorIsACase() throws IOException {
        // Arrange
        List<String> jpegs = vectorJpegs().map(Named::getPayload).toList();

        // Act
        Map<JpegSamples, Long> bySamples = jpegs.stream().collect(Collectors.groupingBy(
                name -> JpegSamples.of(read(name)), Collectors.counting()));

        // Assert
        assertThat(jpegs).hasSize(48);
        assertThat(jpegs.stream().filter(name -> JpegSamples.of(read(name)) == JpegSamples.OTHER))
                .containsExactlyInAnyOrder("formats/images/jpeg-cmyk-bridge.jpg", "formats/images/jpeg-ycck-bridge.jpg",
                        "formats/images/jpeg-ycck-synth.jpg", "images/misc-images/modes/CMYK.jpg");
        assertThat(bySamples.get(JpegSamples.GREY)).isPositive();
        assertThat(bySamples.get(JpegSamples.YCBCR)).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorJpegs")
    @DisplayName("a vector JPEG decodes to the very samples the picture path gave, and hashes like the reference")
    void vectorsLikeThePicturePath(String name) throws IOException {
        // Arrange
        byte[] bytes = read(name);
        Pixels before = picturePath(bytes);

        // Act
        Pixels fast = ImageDecoder.standard().decode(bytes, pixels -> pixels);
        DihedralHashes hashed = PdqHasher.withPreResize().dihedral(fast);

        // Assert
        assertSameSamples(fast.rgbOrGrey(), before);
        DihedralHashes hashedBefore = PdqHasher.withPreResize().dihedral(before);
        assertThat(hashed.quality()).isEqualTo(hashedBefore.quality());
        assertThat(PdqHasherPixelsTest.hexByVariant(hashed)).isEqualTo(PdqHasherPixelsTest.hexByVariant(hashedBefore));
        Map<String, String> expected = EXPECTED.get(name);
        if (expected != null) {
            assertThat(PdqHasherPixelsTest.hexByVariant(hashed)).isEqualTo(PdqHasherPixelsTest.expectedByVariant(expected));
            assertThat(hashed.quality()).isEqualTo(Integer.parseInt(expected.get("quality")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorJpegs")
    @DisplayName("where the vectors keep the reference's decoded pixels, the fast path's are the same bytes")
    void likeTheReferenceDecoder(String name) {
        // Arrange
        String relative = name.replaceFirst("^images/", "pixels/");
        Path ppm = PdqVectors.file(relative + ".ppm");
        Path pgm = PdqVectors.file(relative + ".pgm");
        if (!Files.exists(ppm) && !Files.exists(pgm)) {
            return; // no decoded pixels kept for this file; the case above compares it with the picture path
        }
        Pixels reference = PdqVectors.pixels(relative + (Files.exists(ppm) ? ".ppm" : ".pgm"));

        // Act
        Pixels fast = decodeQuietly(read(name));

        // Assert: the reference keeps what it hashed, so a picture over 512 pixels a side is kept pre-resized
        assertSameSamples(preResized(fast.rgbOrGrey(), reference.width(), reference.height()), reference);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("madeJpegs")
    @DisplayName("a JPEG made here decodes to the very samples the picture path gave, and hashes the same")
    void madeLikeThePicturePath(byte[] bytes) throws IOException {
        // Arrange
        Pixels before = picturePath(bytes);

        // Act
        Pixels fast = ImageDecoder.standard().decode(bytes, pixels -> pixels);

        // Assert
        assertSameSamples(fast.rgbOrGrey(), before);
        assertThat(PdqHasher.withPreResize().dihedral(fast).original())
                .isEqualTo(PdqHasher.withPreResize().dihedral(before).original());
        assertThat(PdqHasher.withoutPreResize().hash(fast)).isEqualTo(PdqHasher.withoutPreResize().hash(before));
    }

    @Test
    @DisplayName("a colour JPEG holds YCbCr as decoded, not copied; a grey picture stored in colour is one channel")
    void layouts() throws IOException {
        // Arrange
        byte[] colour = jpeg(smooth(64, 48, false), false);
        byte[] grey = jpeg(smooth(64, 48, true), false);

        // Act
        Pixels colourPixels = decodeQuietly(colour);
        Pixels greyPixels = decodeQuietly(grey);

        // Assert
        assertThat(colourPixels.layout()).isEqualTo(Pixels.Layout.YCBCR_BYTES);
        assertThat(colourPixels.channels()).isEqualTo(3);
        assertThat(colourPixels.rgbOrGrey().layout()).isEqualTo(Pixels.Layout.RGB_BYTES);
        assertThat(greyPixels.layout()).isEqualTo(Pixels.Layout.GREY_BYTES);
        assertThat(ImageDecoder.decode(colour).layout()).isEqualTo(Pixels.Layout.RGB_BYTES);
    }

    @Test
    @DisplayName("the conversion tables are libjpeg's: neutral chroma is grey, the extremes clamp")
    void tables() {
        // Assert
        assertThat(JpegRaster.red(77, 128)).isEqualTo(77);
        assertThat(JpegRaster.green(77, 128, 128)).isEqualTo(77);
        assertThat(JpegRaster.blue(77, 128)).isEqualTo(77);
        // 1.402 * 127 = 178.05 -> 178; 1.772 * -128 = -226.8 -> -227; G in 16-bit fixed point, floored after adding
        // one half: (-22554 * 127 + 46802 * 128 + 32768) >> 16 = 48.
        assertThat(JpegRaster.red(0, 255)).isEqualTo(178);
        assertThat(JpegRaster.blue(255, 0)).isEqualTo(28);
        assertThat(JpegRaster.green(0, 255, 0)).isEqualTo(48);
        assertThat(JpegRaster.red(200, 255)).isEqualTo(255);
        assertThat(JpegRaster.blue(100, 0)).isZero();
    }

    private static void assertSameSamples(Pixels actual, Pixels expected) {
        assertThat(actual.width()).isEqualTo(expected.width());
        assertThat(actual.height()).isEqualTo(expected.height());
        assertThat(actual.layout()).isEqualTo(expected.layout());
        assertThat(actual.bytes()).isEqualTo(expected.bytes());
    }

    /** The reference's nearest-neighbour resize: pixel (x, y) is source pixel (x * W / width, y * H / height). */
    private static Pixels preResized(Pixels pixels, int width, int height) {
        if (pixels.width() == width && pixels.height() == height) {
            return pixels;
        }
        int channels = pixels.channels();
        byte[] out = new byte[width * height * channels];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int source = (y * pixels.height() / height) * pixels.width() + x * pixels.width() / width;
                System.arraycopy(pixels.bytes(), source * channels, out, (y * width + x) * channels, channels);
            }
        }
        return channels == 1 ? Pixels.grey(width, height, out) : Pixels.rgb(width, height, out);
    }

    /** The path before the fast one: the reader's picture in its own colour space, then {@link RasterPixels}. */
    private static Pixels picturePath(byte[] bytes) throws IOException {
        ImageReader reader = PictureFormat.JPEG.newReader();
        try (PictureInput input = new PictureInput(bytes)) {
            reader.setInput(input, true, true);
            return RasterPixels.of(reader.read(0, ImageDecoder.inOwnColourSpace(reader)));
        } finally {
            reader.dispose();
        }
    }

    private static Pixels decodeQuietly(byte[] bytes) {
        try {
            return ImageDecoder.standard().decode(bytes, pixels -> pixels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String name) {
        try {
            return Files.readAllBytes(PdqVectors.file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sinusoids and a little noise, seeded: detail at every scale, in colour or in grey (R = G = B). */
    static BufferedImage smooth(int width, int height, boolean grey) {
        SplittableRandom random = new SplittableRandom(18);
        double[][] waves = new double[3 * 8][];
        for (int i = 0; i < waves.length; i++) {
            waves[i] = new double[] {random.nextDouble(0.002, 0.05), random.nextDouble(0.002, 0.05),
                    random.nextDouble(0, 2 * Math.PI), random.nextDouble(5, 20)};
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    double value = 128 + random.nextDouble(-4, 4);
                    int set = grey ? 0 : c;
                    for (int w = 8 * set; w < 8 * set + 8; w++) {
                        value += waves[w][3] * Math.sin(waves[w][0] * x + waves[w][1] * y + waves[w][2]);
                    }
                    int sample = Math.max(0, Math.min(255, (int) value));
                    rgb = grey ? sample << 16 | sample << 8 | sample : rgb << 8 | sample;
                    if (grey) {
                        break;
                    }
                }
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    /** The JDK's JPEG writer at quality 0.9 (JFIF, YCbCr, 4:2:0), baseline or progressive. */
    static byte[] jpeg(BufferedImage image, boolean progressive) {
        return CraftedPictures.jpeg(image, 0.9f, progressive, null);
    }
}
