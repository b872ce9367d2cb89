package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testing.CraftedFormats;
import org.recourse.testing.CraftedPictures;

/** Which bytes are which picture format, and which one reader decodes each: the attack surface, as a table. */
@DisplayName("PictureFormat: one named reader per format, told from the first bytes")
class PictureFormatTest {

    static Stream<Arguments> readers() {
        return Stream.of(Arguments.of(PictureFormat.JPEG, "com.sun.imageio.plugins.jpeg.JPEGImageReader"),
                Arguments.of(PictureFormat.PNG, "com.sun.imageio.plugins.png.PNGImageReader"),
                Arguments.of(PictureFormat.GIF, "com.sun.imageio.plugins.gif.GIFImageReader"),
                Arguments.of(PictureFormat.BMP, "com.sun.imageio.plugins.bmp.BMPImageReader"),
                Arguments.of(PictureFormat.WEBP, "com.twelvemonkeys.imageio.plugins.webp.WebPImageReader"),
                Arguments.of(PictureFormat.TIFF, "com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReader"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("readers")
    @DisplayName("each format is read by exactly the reader named, whatever else is installed")
    void namedReaders(PictureFormat format, String readerClass) throws IOException {
        // Act
        ImageReader reader = format.newReader();

        // Assert
        try {
            assertThat(reader.getClass().getName()).isEqualTo(readerClass);
        } finally {
            reader.dispose();
        }
    }

    static Stream<Arguments> signatures() {
        return Stream.of(Arguments.of("JPEG", CraftedPictures.drawing("jpeg", 8, 8), PictureFormat.JPEG),
                Arguments.of("PNG", CraftedPictures.drawing("png", 8, 8), PictureFormat.PNG),
                Arguments.of("GIF", CraftedPictures.drawing("gif", 8, 8), PictureFormat.GIF),
                Arguments.of("BMP", CraftedPictures.drawing("bmp", 8, 8), PictureFormat.BMP),
                Arguments.of("WebP", CraftedFormats.webpLosslessHeader(8, 8), PictureFormat.WEBP),
                Arguments.of("TIFF", CraftedFormats.tiffRgb(8, 8), PictureFormat.TIFF),
                Arguments.of("WBMP (no signature)", CraftedPictures.drawing("wbmp", 8, 8), null),
                Arguments.of("text starting BM", "BMW owners club minutes".getBytes(StandardCharsets.US_ASCII), null),
                Arguments.of("a video", CraftedFormats.isoBmff("isom"), null),
                Arguments.of("nothing", new byte[0], null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signatures")
    @DisplayName("the format is told from the first bytes; bytes of no decoded format have none")
    void signatures(String what, byte[] bytes, PictureFormat expected) {
        // Act, Assert
        assertThat(PictureFormat.of(bytes)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @Test
    @DisplayName("a BigTIFF is refused, not taken for a TIFF; a classic TIFF is not refused")
    void bigTiff() {
        // Act, Assert
        assertThat(RefusedFormat.of(CraftedFormats.refused("BigTIFF"))).contains(RefusedFormat.BIG_TIFF);
        assertThat(PictureFormat.of(CraftedFormats.refused("BigTIFF"))).isEmpty();
        assertThat(RefusedFormat.of(CraftedFormats.tiffRgb(8, 8))).isEmpty();
    }
}
