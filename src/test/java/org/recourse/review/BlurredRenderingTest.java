package org.recourse.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Blurred rendering: small, grey and blurred, made on the server")
class BlurredRenderingTest {

    @ParameterizedTest(name = "{0} {1}x{2} -> {3}x{4}")
    @CsvSource({
        "png,  800, 600, 64, 48",
        "jpeg, 1000, 200, 64, 13",
        "gif,  100, 400, 16, 64",
        "png,  4000, 3000, 64, 48",
        "png,  10, 8, 10, 8"})
    @DisplayName("keeps the proportions within 64 pixels on the long side, never enlarging")
    void smallAndInProportion(String format, int width, int height, int expectedWidth, int expectedHeight) {
        // Arrange
        byte[] file = encode(colourful(width, height), format);

        // Act
        BufferedImage rendering = decode(BlurredRendering.of(file));

        // Assert
        assertThat(rendering.getWidth()).isEqualTo(expectedWidth);
        assertThat(rendering.getHeight()).isEqualTo(expectedHeight);
        assertThat(isGrey(rendering)).as("greyscale").isTrue();
    }

    @Test
    @DisplayName("blurs a hard edge into a soft one")
    void blursEdges() {
        // Arrange: black on the left, white on the right
        BufferedImage halves = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 480; y++) {
            for (int x = 320; x < 640; x++) {
                halves.setRGB(x, y, 0xFFFFFF);
            }
        }

        // Act
        BufferedImage rendering = decode(BlurredRendering.of(encode(halves, "png")));

        // Assert: no step between neighbours comes near black to white; the ends stay dark and light
        int row = rendering.getHeight() / 2;
        int largestStep = 0;
        for (int x = 1; x < rendering.getWidth(); x++) {
            largestStep = Math.max(largestStep, Math.abs(grey(rendering, x, row) - grey(rendering, x - 1, row)));
        }
        assertThat(largestStep).isLessThan(64);
        assertThat(grey(rendering, 0, row)).isLessThan(20);
        assertThat(grey(rendering, rendering.getWidth() - 1, row)).isGreaterThan(235);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "<!doctype html><script>alert(1)</script>",
        "RIFF\u0010\0\0\0WEBPVP8 a WebP, which the JDK cannot read",
        "\u00ff\u00d8\u00ff a JPEG's first bytes and nothing after",
        ""})
    @DisplayName("anything it cannot render as a picture becomes the same plain grey card")
    void placeholderForTheRest(String content) {
        // Arrange
        byte[] file = content.getBytes(StandardCharsets.ISO_8859_1);

        // Act
        BufferedImage rendering = decode(BlurredRendering.of(file));

        // Assert
        assertThat(rendering.getWidth()).isEqualTo(64);
        assertThat(rendering.getHeight()).isEqualTo(48);
        assertThat(distinctGreys(rendering)).isEqualTo(1);
    }

    @Test
    @DisplayName("a PNG that declares 20,000 x 20,000 pixels is not decoded: a grey card, at once")
    void hugeDeclaredSizeIsNotDecoded() {
        // Arrange: a valid PNG header declaring 400 megapixels, with no pixels behind it
        byte[] bomb = pngHeaderOnly(20_000, 20_000);

        // Act
        byte[][] rendering = new byte[1][];
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> rendering[0] = BlurredRendering.of(bomb));

        // Assert
        assertThat(distinctGreys(decode(rendering[0]))).isEqualTo(1);
    }

    @Test
    @DisplayName("a picture cut off half way still gives a rendering, never an exception")
    void truncatedPicture() {
        // Arrange
        byte[] whole = encode(colourful(400, 300), "png");
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        // Act / Assert
        assertThatNoException().isThrownBy(() -> decode(BlurredRendering.of(half)));
    }

    private static BufferedImage colourful(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x40);
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).as("a writer for " + format).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] png) {
        assertThat(RasterFormat.of(png)).as("a PNG").contains(RasterFormat.PNG);
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int grey(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFF;
    }

    private static boolean isGrey(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if ((rgb >> 16 & 0xFF) != (rgb & 0xFF) || (rgb >> 8 & 0xFF) != (rgb & 0xFF)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long distinctGreys(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }

    /** The PNG signature and an IHDR chunk (8-bit RGB) with a correct CRC, then IEND: a header and no pixels. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
