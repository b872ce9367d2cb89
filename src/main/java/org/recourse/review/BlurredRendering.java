package org.recourse.review;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * What a reviewer's browser gets of a picture before anyone chose to look: at most {@value #LONG_SIDE} pixels on the
 * long side, grey and box-blurred, made here, so the full picture never reaches the browser until a reveal. Anything
 * that is not a picture this server can decode (another format, a broken or oversized file) gets a plain grey card.
 *
 * <p>The picture is decoded with ImageIO's reader for the format its bytes show, reading only every n-th pixel
 * (source subsampling), after checking the size its header declares: memory stays at the rendering's scale whatever
 * the file claims. Streams are kept in memory so that no copy of a reported picture is written to a temporary file.
 */
public final class BlurredRendering {

    /** The long side of a rendering, in pixels; the page scales it up, which blurs it further. */
    public static final int LONG_SIDE = 64;
    /** Pictures declaring more pixels than this are not decoded at all (an upload this large is refused anyway). */
    static final long MAX_PIXELS = 50_000_000L;
    private static final int BLUR_RADIUS = 2;
    private static final int PLACEHOLDER_GREY = 0xB4;

    private BlurredRendering() {
    }

    /** The rendering of a stored file, as PNG bytes. */
    public static byte[] of(byte[] file) {
        Optional<RasterFormat> format = RasterFormat.of(file);
        try {
            Optional<BufferedImage> small = format.flatMap(f -> f.readerName()).flatMap(name -> decodeSmall(file, name));
            return png(small.map(BlurredRendering::blurredGrey).orElseGet(BlurredRendering::placeholder));
        } catch (RuntimeException broken) {
            // A file the decoder chokes on is not shown at all; the reviewer still has its facts and its hashes.
            return png(placeholder());
        }
    }

    private static Optional<BufferedImage> decodeSmall(byte[] file, String readerName) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(readerName);
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                return Optional.empty();
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / (LONG_SIDE * 4));
            param.setSourceSubsampling(step, step, 0, 0);
            return Optional.ofNullable(reader.read(0, param));
        } catch (IOException unreadable) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    /** Shrinks by averaging (transparent parts shown as white), then blurs with a box filter, twice. */
    static BufferedImage blurredGrey(BufferedImage picture) {
        int sourceWidth = picture.getWidth();
        int sourceHeight = picture.getHeight();
        int longest = Math.max(sourceWidth, sourceHeight);
        int width = Math.max(1, (int) Math.round((double) sourceWidth * LONG_SIDE / Math.max(longest, LONG_SIDE)));
        int height = Math.max(1, (int) Math.round((double) sourceHeight * LONG_SIDE / Math.max(longest, LONG_SIDE)));
        int[] grey = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                grey[y * width + x] = averageLuma(picture, x * sourceWidth / width, (x + 1) * sourceWidth / width,
                        y * sourceHeight / height, (y + 1) * sourceHeight / height);
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            grey = boxBlur(grey, width, height, true);
            grey = boxBlur(grey, width, height, false);
        }
        return greyImage(width, height, grey);
    }

    private static int averageLuma(BufferedImage picture, int x0, int x1, int y0, int y1) {
        long sum = 0;
        int count = 0;
        for (int y = y0; y < Math.max(y1, y0 + 1); y++) {
            for (int x = x0; x < Math.max(x1, x0 + 1); x++) {
                int argb = picture.getRGB(x, y);
                int alpha = argb >>> 24;
                int luma = (299 * (argb >> 16 & 0xFF) + 587 * (argb >> 8 & 0xFF) + 114 * (argb & 0xFF)) / 1000;
                sum += (luma * alpha + 255 * (255 - alpha)) / 255;
                count++;
            }
        }
        return (int) (sum / count);
    }

    /** One pass of a box blur along rows or columns; the edges repeat their last pixel. */
    private static int[] boxBlur(int[] grey, int width, int height, boolean alongRows) {
        int[] out = new int[grey.length];
        int lines = alongRows ? height : width;
        int length = alongRows ? width : height;
        for (int line = 0; line < lines; line++) {
            for (int i = 0; i < length; i++) {
                int sum = 0;
                for (int k = -BLUR_RADIUS; k <= BLUR_RADIUS; k++) {
                    int at = Math.min(length - 1, Math.max(0, i + k));
                    sum += grey[alongRows ? line * width + at : at * width + line];
                }
                out[alongRows ? line * width + i : i * width + line] = sum / (2 * BLUR_RADIUS + 1);
            }
        }
        return out;
    }

    /** A plain grey card in the proportions of a photograph. */
    static BufferedImage placeholder() {
        int width = LONG_SIDE;
        int height = LONG_SIDE * 3 / 4;
        int[] grey = new int[width * height];
        java.util.Arrays.fill(grey, PLACEHOLDER_GREY);
        return greyImage(width, height, grey);
    }

    private static BufferedImage greyImage(int width, int height, int[] grey) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        raster.setSamples(0, 0, width, height, 0, grey);
        return image;
    }

    private static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a PNG in memory failed.", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
