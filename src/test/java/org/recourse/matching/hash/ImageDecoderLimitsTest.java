package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.CraftedPictures;

/**
 * The decoder against pictures an attacker would send: each is measured from its headers and refused before a pixel
 * is decoded, in well under a second, naming the limit; what is decoded stays within the node's budget.
 */
@DisplayName("ImageDecoder's limits against crafted pictures")
class ImageDecoderLimitsTest {

    private static final Duration QUICK = Duration.ofSeconds(1);
    private static final ImageDecoder DECODER = new ImageDecoder(ImageLimits.DEFAULT, new DecodeBudget(256L << 20),
            Duration.ofMillis(200));

    private static ImageRefusedException refusal(ThrowingCallable decode) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(decode);
        assertThat(thrown).isInstanceOf(ImageRefusedException.class);
        return (ImageRefusedException) thrown;
    }

    private static ImageRefusedException refusedQuickly(ImageDecoder decoder, byte[] picture) {
        return assertTimeoutPreemptively(QUICK, () -> refusal(() -> decoder.decode(picture, pixels -> pixels)));
    }

    static Stream<Named<byte[]>> pixelBombs() {
        return Stream.of(
                Named.of("PNG, 20,000 x 20,000 RGB, every row there (1.6 MB)",
                        CraftedPictures.pngBomb(20_000, 20_000, CraftedPictures.RGB, 8)),
                Named.of("PNG, 20,000 x 20,000 grey", CraftedPictures.pngHeader(20_000, 20_000, CraftedPictures.GREY, 8)),
                Named.of("PNG, 7,072 x 7,072 16-bit RGBA (just over 50 MP)",
                        CraftedPictures.pngHeader(7_072, 7_072, CraftedPictures.RGBA, 16)),
                Named.of("PNG, 2^31-1 x 1 palette", CraftedPictures.pngHeader(Integer.MAX_VALUE, 1,
                        CraftedPictures.PALETTE, 1)),
                Named.of("JPEG frame header, 20,000 x 20,000", CraftedPictures.jpegFrameBomb(20_000, 20_000)),
                Named.of("JPEG frame header, 65,500 x 65,500", CraftedPictures.jpegFrameBomb(65_500, 65_500)),
                Named.of("GIF frame of 60,000 x 60,000 on a small screen", CraftedPictures.gif(10, 10, 60_000, 60_000, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pixelBombs")
    @DisplayName("a picture declaring more than 50 megapixels is refused from its header, naming the limit")
    void pixelBombsAreRefused(byte[] bomb) {
        // Act
        ImageRefusedException refused = refusedQuickly(DECODER, bomb);

        // Assert
        assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.PIXELS);
        assertThat(refused.messageKey()).isEqualTo("api.error.picture.pixels");
        assertThat(refused.arguments().get(2)).isEqualTo(new BigDecimal("50"));
    }

    @Test
    @DisplayName("the refusal names the picture's size: the 659-byte kind of JPEG of the issue")
    void refusalNamesTheSize() {
        // Arrange
        byte[] bomb = CraftedPictures.jpegFrameBomb(20_000, 20_000);

        // Act
        ImageRefusedException refused = refusedQuickly(DECODER, bomb);

        // Assert
        assertThat(bomb.length).isLessThan(1024);
        assertThat(refused.arguments()).containsExactly(20_000L, 20_000L, new BigDecimal("50"));
    }

    @Test
    @DisplayName("a GIF whose logical screen is 65,535 x 65,535 is refused, even with a 1x1 frame")
    void gifScreen() {
        // Act
        ImageRefusedException refused = refusedQuickly(DECODER, CraftedPictures.gif(65_535, 65_535, 1, 1, 1));

        // Assert
        assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.SCREEN);
        assertThat(refused.arguments()).containsExactly(65_535, 65_535, new BigDecimal("50"));
    }

    @Test
    @DisplayName("a progressive JPEG with 3,000 copied scans (each a full re-render in the JDK) is refused by its scans")
    void scanBomb() {
        // Arrange: 1 megapixel, 3,010 scans; the old decoder took about 10 s of one core on it
        byte[] bomb = CraftedPictures.jpegScanBomb(1000, 3000);

        // Act
        ImageRefusedException refused = refusedQuickly(DECODER, bomb);

        // Assert
        assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.SCANS);
        assertThat(refused.arguments()).containsExactly(3010, ImageLimits.MAX_SCANS);
    }

    @Test
    @DisplayName("an ordinary progressive JPEG (10 scans) is decoded; a large one may have fewer scans")
    void ordinaryProgressive() throws IOException {
        // Act
        Pixels pixels = DECODER.decode(CraftedPictures.progressiveJpeg(300, 200), p -> p);

        // Assert
        assertThat(pixels.width()).isEqualTo(300);
        assertThat(ImageLimits.maxScans(50_000_000)).isEqualTo(20);
        assertThat(ImageLimits.maxScans(1_000_000)).isEqualTo(ImageLimits.MAX_SCANS);
    }

    @Test
    @DisplayName("pixels and bytes are limited as set: 1,000 x 1,000 fits a one-megapixel limit, 1,001 x 1,000 does not")
    void limitsAsSet() throws IOException {
        // Arrange
        ImageDecoder decoder = new ImageDecoder(new ImageLimits(1_000_000, 1 << 20), new DecodeBudget(64L << 20),
                Duration.ZERO);
        byte[] fits = CraftedPictures.pngBomb(1000, 1000, CraftedPictures.RGB, 8);
        byte[] over = CraftedPictures.pngBomb(1001, 1000, CraftedPictures.RGB, 8);
        ImageDecoder fewBytes = new ImageDecoder(new ImageLimits(1_000_000, 1000), new DecodeBudget(64L << 20),
                Duration.ZERO);

        // Act
        Pixels decoded = decoder.decode(fits, p -> p);
        ImageRefusedException pixels = refusedQuickly(decoder, over);
        ImageRefusedException bytes = refusedQuickly(fewBytes, fits);

        // Assert
        assertThat(decoded.width()).isEqualTo(1000);
        assertThat(pixels.arguments()).containsExactly(1001L, 1000L, BigDecimal.ONE);
        assertThat(bytes.limit()).isEqualTo(ImageRefusedException.Limit.BYTES);
        assertThat(bytes.messageKey()).isEqualTo("api.error.picture.bytes");
    }

    @Test
    @DisplayName("a picture that would need more than the whole decoding memory is refused, naming what fits")
    void moreThanTheBudget() {
        // Arrange: 4 MP of RGB takes about 32 MB to decode and convert
        ImageDecoder small = new ImageDecoder(ImageLimits.DEFAULT, new DecodeBudget(16L << 20), Duration.ZERO);

        // Act
        ImageRefusedException refused = refusedQuickly(small, CraftedPictures.pngBomb(2000, 2000, CraftedPictures.RGB, 8));

        // Assert
        assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.MEMORY);
        assertThat((BigDecimal) refused.arguments().get(0)).isBetween(new BigDecimal("1"), new BigDecimal("2.5"));
    }

    @Test
    @DisplayName("while the budget is taken, a decode waits briefly and then says busy; the memory comes back after")
    void busyThenFree() throws IOException {
        // Arrange
        DecodeBudget budget = new DecodeBudget(16L << 20);
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT, budget, Duration.ofMillis(100));
        byte[] picture = CraftedPictures.drawing("png", 200, 100);

        // Act
        Throwable busy;
        try (DecodeBudget.Reservation everything = budget.reserve(budget.capacity(), Duration.ZERO)) {
            busy = org.assertj.core.api.Assertions.catchThrowable(() -> decoder.decode(picture, p -> p));
        }
        Pixels afterwards = decoder.decode(picture, p -> p);

        // Assert
        assertThat(busy).isInstanceOf(DecoderBusyException.class);
        assertThat(((DecoderBusyException) busy).retryAfter()).isPositive();
        assertThat(afterwards.width()).isEqualTo(200);
        assertThat(budget.available()).isEqualTo(budget.capacity());
    }

    @Test
    @DisplayName("running out of memory while a picture is used comes out as busy, and its reservation is given back")
    void outOfMemory() {
        // Arrange
        DecodeBudget budget = new DecodeBudget(16L << 20);
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT, budget, Duration.ZERO);

        // Act
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> decoder.decode(
                CraftedPictures.drawing("png", 64, 64), pixels -> {
                    throw new OutOfMemoryError("Java heap space");
                }));

        // Assert
        assertThat(thrown).isInstanceOf(DecoderBusyException.class).hasCauseInstanceOf(OutOfMemoryError.class);
        assertThat(budget.available()).isEqualTo(budget.capacity());
    }

    @Test
    @DisplayName("eight decodes at once never hold more than the budget, and all of them finish")
    void concurrentDecodes() throws Exception {
        // Arrange: room for two 1-megapixel decodes at a time
        DecodeBudget budget = new DecodeBudget(20L << 20);
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT, budget, Duration.ofSeconds(30));
        byte[] picture = CraftedPictures.pngBomb(1000, 1000, CraftedPictures.RGB, 8);
        long[] lowest = {budget.capacity()};
        ExecutorService threads = Executors.newFixedThreadPool(8);

        // Act
        List<Future<Integer>> widths = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            widths.add(threads.submit(() -> decoder.decode(picture, pixels -> {
                synchronized (lowest) {
                    lowest[0] = Math.min(lowest[0], budget.available());
                }
                return pixels.width();
            })));
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        // Assert
        for (Future<Integer> width : widths) {
            assertThat(width.get()).isEqualTo(1000);
        }
        assertThat(lowest[0]).isGreaterThanOrEqualTo(0);
        assertThat(budget.available()).isEqualTo(budget.capacity());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textBombs")
    @DisplayName("a PNG whose text chunk inflates to a gigabyte is decoded without inflating it")
    void textChunkBombs(String chunkType) throws IOException {
        // Arrange
        byte[] bomb = CraftedPictures.pngTextBomb(chunkType, 1L << 30);

        // Act
        Pixels pixels = assertTimeoutPreemptively(QUICK, () -> DECODER.decode(bomb, p -> p));

        // Assert
        assertThat(bomb.length).isBetween(1_000_000, 1_200_000);
        assertThat(pixels.width()).isEqualTo(1);
    }

    static Stream<String> textBombs() {
        return Stream.of("zTXt", "iTXt");
    }

    @Test
    @DisplayName("a GIF of 20,000 frames is decoded quickly: only its first frame is read")
    void manyFrames() throws IOException {
        // Arrange
        byte[] gif = CraftedPictures.gif(64, 64, 64, 64, 20_000);

        // Act
        Pixels pixels = assertTimeoutPreemptively(QUICK, () -> DECODER.decode(gif, p -> p));

        // Assert
        assertThat(pixels.width()).isEqualTo(64);
    }

    @Test
    @DisplayName("50,000 comment segments, or a bomb nested in the EXIF thumbnail, cost nothing")
    void markersAndNesting() throws IOException {
        // Act
        Pixels comments = assertTimeoutPreemptively(QUICK, () -> DECODER.decode(CraftedPictures.jpegWithComments(50_000),
                p -> p));
        Pixels nested = assertTimeoutPreemptively(QUICK, () -> DECODER.decode(CraftedPictures.jpegWithNestedBomb(),
                p -> p));

        // Assert
        assertThat(comments.width()).isEqualTo(16);
        assertThat(nested.width()).isEqualTo(16);
    }

    @Test
    @DisplayName("a BMP wrapping a PNG is refused as a format; WBMP, which has no signature, is not taken for a picture")
    void wrappedAndOtherFormats() {
        // Act
        Throwable wrapped = org.assertj.core.api.Assertions.catchThrowable(
                () -> DECODER.decode(CraftedPictures.bmpWrappingPng(), p -> p));
        Throwable wbmp = org.assertj.core.api.Assertions.catchThrowable(
                () -> DECODER.decode(CraftedPictures.drawing("wbmp", 8, 8), p -> p));

        // Assert
        assertThat(wrapped).isInstanceOfSatisfying(ImageRefusedException.class, refused -> {
            assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.FORMAT);
            assertThat(refused.arguments()).containsExactly("BMP+JPEG/PNG");
        });
        assertThat(wbmp).isInstanceOf(UnsupportedImageException.class);
    }

    static Stream<Named<byte[]>> ordinaryPictures() {
        return Stream.of(Named.of("PNG", CraftedPictures.drawing("png", 40, 30)),
                Named.of("JPEG", CraftedPictures.drawing("jpeg", 40, 30)),
                Named.of("progressive JPEG", CraftedPictures.progressiveJpeg(40, 30)),
                Named.of("GIF", CraftedPictures.drawing("gif", 40, 30)),
                Named.of("BMP", CraftedPictures.drawing("bmp", 40, 30)),
                Named.of("TIFF", CraftedPictures.drawing("tiff", 40, 30)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinaryPictures")
    @DisplayName("every truncation of a picture is decoded, not taken for a picture, or refused as damaged; nothing else")
    void truncations(byte[] picture) {
        for (int length = 0; length < picture.length; length += Math.max(1, picture.length / 200)) {
            byte[] cut = CraftedPictures.truncated(picture, length);

            // Act
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> DECODER.decode(cut, p -> p));

            // Assert
            assertThat(thrown).as("%d of %d bytes", length, picture.length).satisfiesAnyOf(
                    t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(UnsupportedImageException.class),
                    t -> assertThat(t).isInstanceOfSatisfying(ImageRefusedException.class,
                            refused -> assertThat(refused.limit()).isEqualTo(ImageRefusedException.Limit.DAMAGED)));
        }
    }

    @Test
    @DisplayName("ImageHashes passes a refusal on, and still gives exact hashes of bytes that are not a picture")
    void hashes() {
        // Act
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> ImageHashes.of(
                CraftedPictures.jpegFrameBomb(20_000, 20_000), DECODER));
        ImageHashes notAPicture = ImageHashes.of("just some text".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                DECODER);

        // Assert
        assertThat(refused).isInstanceOf(ImageRefusedException.class);
        assertThat(notAPicture.pdq()).isEmpty();
        assertThat(notAPicture.sha256()).hasSize(64);
    }
}
