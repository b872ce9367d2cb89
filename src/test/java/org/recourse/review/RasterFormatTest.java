package org.recourse.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Raster format: told by the first bytes, never by the registered type")
class RasterFormatTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Stream<Arguments> heads() {
        return Stream.of(
                Arguments.of("JPEG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), Optional.of(RasterFormat.JPEG)),
                Arguments.of("PNG", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0), Optional.of(RasterFormat.PNG)),
                Arguments.of("GIF87a", text("GIF87a..."), Optional.of(RasterFormat.GIF)),
                Arguments.of("GIF89a", text("GIF89a..."), Optional.of(RasterFormat.GIF)),
                Arguments.of("WebP", text("RIFF\u0010\0\0\0WEBPVP8 "), Optional.of(RasterFormat.WEBP)),
                Arguments.of("SVG", text("<svg xmlns=\"http://www.w3.org/2000/svg\">"), Optional.empty()),
                Arguments.of("HTML", text("<!doctype html><script>"), Optional.empty()),
                Arguments.of("PNG signature cut short", bytes(0x89, 'P', 'N', 'G'), Optional.empty()),
                Arguments.of("PNG with a wrong byte", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0B), Optional.empty()),
                Arguments.of("RIFF that is not WebP (WAVE)", text("RIFF\u0010\0\0\0WAVEfmt "), Optional.empty()),
                Arguments.of("HTML after a JPEG's first byte", bytes(0xFF, '<', 'h'), Optional.empty()),
                Arguments.of("GIF of an unknown version", text("GIF88a"), Optional.empty()),
                Arguments.of("nothing", new byte[0], Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heads")
    @DisplayName("recognises exactly the four picture formats")
    void recognises(String what, byte[] head, Optional<RasterFormat> expected) {
        // Act
        Optional<RasterFormat> format = RasterFormat.of(head);

        // Assert
        assertThat(format).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heads")
    @DisplayName("twelve bytes are enough to tell")
    void headIsEnough(String what, byte[] head, Optional<RasterFormat> expected) {
        // Act
        Optional<RasterFormat> format = RasterFormat.of(java.util.Arrays.copyOf(head, Math.min(head.length,
                RasterFormat.HEAD)));

        // Assert
        assertThat(format).isEqualTo(expected);
    }
}
