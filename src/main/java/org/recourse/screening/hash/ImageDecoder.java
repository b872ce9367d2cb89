package org.recourse.screening.hash;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Decodes image files with the JDK's ImageIO into {@link Pixels} the way the reference's decoder (ImageMagick) hands
 * them to PDQ, so hashes agree as far as the decoders do: EXIF orientation is ignored, alpha is dropped without
 * compositing (the RGB underneath is kept), and grey stays one channel. Grey and CMYK samples are read from the
 * raster as they are, because converting them to RGB through Java's colour management changes their values.
 */
public final class ImageDecoder {

    private ImageDecoder() {
    }

    /** Reads and decodes a file. */
    public static Pixels decode(Path file) throws IOException {
        return decode(Files.readAllBytes(Objects.requireNonNull(file, "A file is required.")));
    }

    /**
     * Decodes JPEG, PNG, GIF, BMP or any other format an installed ImageIO reader knows (WebP is not among the JDK's).
     *
     * @throws UnsupportedImageException when no reader recognises the bytes
     * @throws IOException when a reader recognises them but cannot decode them
     */
    public static Pixels decode(byte[] encoded) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Objects.requireNonNull(encoded, "Bytes are required.")));
        if (image == null) {
            throw new UnsupportedImageException("No image reader recognises these " + encoded.length + " bytes.");
        }
        return toPixels(image);
    }

    /** The pixels of an already decoded image, by the same rules. */
    public static Pixels toPixels(BufferedImage image) {
        ColorModel model = image.getColorModel();
        int space = model.getColorSpace().getType();
        if (!(model instanceof IndexColorModel) && space == ColorSpace.TYPE_GRAY) {
            return greyBand(image);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = space == ColorSpace.TYPE_CMYK && image.getRaster().getNumBands() == 4
                ? naiveRgbOfCmyk(image.getRaster())
                : image.getRGB(0, 0, width, height, null, 0, width);
        // ImageMagick writes a picture whose every pixel is grey as one channel (a grey palette, or a colour JPEG of
        // a black-and-white photo); PDQ then takes the grey value as luma instead of weighting three equal channels.
        return allGrey(argb) ? Pixels.grey(width, height, blueBytes(argb)) : Pixels.packedRgb(width, height, argb);
    }

    /**
     * ImageMagick turns CMYK into RGB without a colour profile, as (1 - C)(1 - K) per channel; Java's colour management
     * would apply a CMYK profile instead, and the hashes would differ by some 14 bits.
     */
    private static int[] naiveRgbOfCmyk(Raster raster) {
        int[] cmyk = raster.getPixels(0, 0, raster.getWidth(), raster.getHeight(), (int[]) null);
        int[] argb = new int[cmyk.length / 4];
        for (int i = 0; i < argb.length; i++) {
            int white = 255 - cmyk[4 * i + 3];
            argb[i] = ink(cmyk[4 * i], white) << 16 | ink(cmyk[4 * i + 1], white) << 8 | ink(cmyk[4 * i + 2], white);
        }
        return argb;
    }

    private static int ink(int colorant, int white) {
        return ((255 - colorant) * white + 127) / 255;
    }

    private static Pixels greyBand(BufferedImage image) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        int[] samples = raster.getSamples(0, 0, width, height, 0, (int[]) null);
        int bits = raster.getSampleModel().getSampleSize(0);
        byte[] grey = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            grey[i] = (byte) to8Bits(samples[i], bits);
        }
        return Pixels.grey(width, height, grey);
    }

    /** 16-bit samples scaled as ImageMagick scales them to 8 bits; 8-bit ones as they are. */
    private static int to8Bits(int sample, int bits) {
        if (bits == 16) {
            return ((sample + 128) - ((sample + 128) >> 8)) >> 8;
        }
        return bits == 8 ? sample : sample * 255 / ((1 << bits) - 1);
    }

    private static boolean allGrey(int[] argb) {
        for (int p : argb) {
            int blue = p & 0xff;
            if ((p >> 16 & 0xff) != blue || (p >> 8 & 0xff) != blue) {
                return false;
            }
        }
        return true;
    }

    private static byte[] blueBytes(int[] argb) {
        byte[] grey = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            grey[i] = (byte) argb[i];
        }
        return grey;
    }
}
