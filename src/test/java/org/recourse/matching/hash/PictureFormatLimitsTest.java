package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.testing.CraftedFormats;
import org.recourse.testing.CraftedPictures;

/**
 * The WebP and TIFF readers, and the formats that are refused, against crafted files: every refusal comes from the
 * headers in well under a second and names its limit or format; what is decoded stays within the budget.
 */
@DisplayName("WebP, TIFF and refused formats against crafted files")
class PictureFormatLimitsTest {

    private static final Duration QUICK = Duration.ofSeconds(1);
    private static final DecodeBudget BUDGET = new DecodeBudget(256L << 20);
    private static final ImageDecoder DECODER = new ImageDecoder(ImageLimits.DEFAULT, BUDGET, Duration.ofMillis(200));

    private static ImageRefusedException refusedQuickly(byte[] picture) {
        Throwable thrown = assertTimeoutPreemptively(QUICK, () -> catchThrowable(() -> DECODER.decode(picture, p -> p)));
        assertThat(thrown).isInstanceOf(ImageRefusedException.class);
        assertThat(BUDGET.available()).isEqualTo(BUDGET.capacity());
        return (ImageRefusedException) thrown;
    }

    static Stream<Named<byte[]>> dimensionBombs() {
        return Stream.of(
                Named.of("lossless WebP, 16,384 x 16,384", CraftedFormats.webpLosslessHeader(16_384, 16_384)),
                Named.of("lossy WebP, 16,383 x 16,383", CraftedFormats.webpLossyHeader(16_383, 16_383)),
                Named.of("extended WebP, canvas 10,000,000 x 10,000,000",
                        CraftedFormats.webpExtendedCanvas(10_000_000, 10_000_000)),
                Named.of("TIFF, 100,000 x 100,000 over 16 bytes", CraftedFormats.tiffHeader(100_000, 100_000)),
                Named.of("TIFF, 2^31-1 x 1", CraftedFormats.tiffHeader(Integer.MAX_VALUE, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dimensionBombs")
    @DisplayName("a WebP or TIFF declaring more than 50 megapixels is refused from its header, naming the limit")
    void dimensionBombsAreRefused(byte[] bomb) {
        // Act
        ImageRefusedException refused = refusedQuickly(bomb);

        // Assert
        assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.PIXELS);
        assertThat(refused.arguments().get(2)).isEqualTo(new BigDecimal("50"));
    }

    static Stream<Named<byte[]>> directoryBombs() {
        return Stream.of(
                Named.of("TIFF of 5,000 pages", CraftedFormats.tiffPages(5_000)),
                Named.of("TIFF of 65 pages", CraftedFormats.tiffPages(TiffStructure.MAX_DIRECTORIES + 1)),
                Named.of("TIFF directory declaring 65,535 entries", CraftedFormats.tiffDeclaringEntries(65_535)),
                Named.of("TIFF entry declaring 2^31 values", CraftedFormats.tiffDeclaringValues(1L << 31)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directoryBombs")
    @DisplayName("a TIFF of thousands of pages, or a directory declaring huge counts, is refused before it is parsed")
    void directoryBombsAreRefused(byte[] bomb) {
        // Act
        ImageRefusedException refused = refusedQuickly(bomb);

        // Assert
        assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.DIRECTORIES);
        assertThat(refused.messageKey()).isEqualTo("api.error.picture.directories");
        assertThat(refused.arguments()).containsExactly(TiffStructure.MAX_DIRECTORIES, TiffStructure.MAX_ENTRIES,
                TiffStructure.MAX_VALUES);
    }

    @Test
    @DisplayName("a multi-page TIFF within the limit is decoded: its first page")
    void fewPages() throws IOException {
        // Act
        Pixels pixels = DECODER.decode(CraftedFormats.tiffPages(TiffStructure.MAX_DIRECTORIES), p -> p);

        // Assert
        assertThat(pixels.width()).isEqualTo(8);
    }

    static Stream<Named<byte[]>> expansionBombs() {
        return Stream.of(Named.of("TIFF, 7,000 x 7,000 RGB zeros (147 MB) in Deflate",
                        CraftedFormats.tiffDeflateBomb(7_000, 7_000)),
                Named.of("TIFF, 2,000 x 2,000 RGB zeros (12 MB) in Deflate", CraftedFormats.tiffDeflateBomb(2_000, 2_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expansionBombs")
    @DisplayName("a decompression bomb TIFF (over 512 times its size) is refused as one before it is inflated")
    void decompressionBombs(byte[] bomb) {
        // Act
        ImageRefusedException refused = refusedQuickly(bomb);

        // Assert
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.EXPANSION);
        assertThat(refused.messageKey()).isEqualTo("api.error.picture.expansion");
        assertThat(refused.arguments().get(2)).isEqualTo(512);
    }

    @Test
    @DisplayName("a Deflate TIFF of plain noise decodes in bounds; over a small node's budget it is refused by memory")
    void deflatedWithinBounds() throws IOException {
        // Arrange: 1,000 x 1,000 (3 MB) and 2,000 x 1,000 RGB (6 MB), barely compressed
        byte[] small = CraftedFormats.tiffDeflatedNoise(1_000, 1_000);
        byte[] larger = CraftedFormats.tiffDeflatedNoise(2_000, 1_000);
        ImageDecoder smallNode = new ImageDecoder(ImageLimits.DEFAULT, new DecodeBudget(16L << 20), Duration.ZERO);

        // Act
        Pixels decoded = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> DECODER.decode(small, p -> p));
        Throwable refused = catchThrowable(() -> smallNode.decode(larger, p -> p));

        // Assert
        assertThat(decoded.width()).isEqualTo(1_000);
        assertThat(refused).isInstanceOfSatisfying(ImageRefusedException.class,
                r -> assertThat(r.limit()).isEqualTo(ImageRefusedException.Limit.MEMORY));
        assertThat(BUDGET.available()).isEqualTo(BUDGET.capacity());
    }

    @ParameterizedTest(name = "compression {0}")
    @ValueSource(ints = {2, 3, 4, 6, 7, 34712, 50000})
    @DisplayName("a TIFF compressed other than none, LZW, Deflate or PackBits is refused, naming the compression")
    void otherCompressions(int compression) {
        // Act
        ImageRefusedException refused = refusedQuickly(CraftedFormats.tiffCompressed(compression));

        // Assert
        assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.FORMAT);
        assertThat(refused.arguments()).containsExactly("TIFF (compression " + compression + ")");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HEIF/HEIC", "AVIF", "JPEG XL", "JPEG 2000", "PSD", "BigTIFF", "BMP+JPEG/PNG"})
    @DisplayName("a picture in a refused format is refused, naming the format")
    void refusedFormats(String format) {
        // Act
        ImageRefusedException refused = refusedQuickly(CraftedFormats.refused(format));

        // Assert
        assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.FORMAT);
        assertThat(refused.messageKey()).isEqualTo("api.error.picture.format");
        assertThat(refused.arguments()).containsExactly(format);
    }

    @Test
    @DisplayName("a video (ISO BMFF of brand isom) and an SVG document are not pictures: exact hashes only, no refusal")
    void notPictures() {
        // Act
        Throwable video = catchThrowable(() -> DECODER.decode(CraftedFormats.isoBmff("isom"), p -> p));
        Throwable svg = catchThrowable(() -> DECODER.decode(CraftedFormats.svg(), p -> p));
        ImageHashes hashes = ImageHashes.of(CraftedFormats.isoBmff("mp42"), DECODER);

        // Assert
        assertThat(video).isInstanceOf(UnsupportedImageException.class);
        assertThat(svg).isInstanceOf(UnsupportedImageException.class);
        assertThat(hashes.pdq()).isEmpty();
        assertThat(hashes.sha256()).hasSize(64);
    }

    static Stream<Named<byte[]>> pictures() throws IOException {
        return Stream.of(Named.of("TIFF (crafted)", CraftedFormats.tiffRgb(40, 30)),
                Named.of("TIFF, 8-bit LZW", vector("tiff8-bridge.tif")),
                Named.of("TIFF, 16-bit Deflate", vector("tiff16-synth.tif")),
                Named.of("WebP, lossy", vector("webp-lossy-synth.webp")),
                Named.of("WebP, lossless", vector("webp-lossless-bridge.webp")));
    }

    private static byte[] vector(String file) throws IOException {
        return Files.readAllBytes(PdqVectors.file("formats/images/" + file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pictures")
    @DisplayName("every truncation of a WebP or TIFF is decoded, or refused as damaged or as expanding too much, quickly")
    void truncations(byte[] picture) {
        for (int length = 0; length < picture.length; length += Math.max(1, picture.length / 60)) {
            byte[] cut = CraftedPictures.truncated(picture, length);

            // Act
            Throwable thrown = assertTimeoutPreemptively(QUICK, () -> catchThrowable(() -> DECODER.decode(cut,
                    p -> p)));

            // Assert
            assertThat(thrown).as("%d of %d bytes", length, picture.length).satisfiesAnyOf(
                    t -> assertThat(t).isNull(),
                    t -> assertThat(t).isInstanceOf(UnsupportedImageException.class),
                    t -> assertThat(t).isInstanceOfSatisfying(ImageRefusedException.class,
                            refused -> assertThat(refused.limit()).isIn(ImageRefusedException.Limit.DAMAGED,
                                    ImageRefusedException.Limit.EXPANSION)));
        }
        assertThat(BUDGET.available()).isEqualTo(BUDGET.capacity());
    }
}
