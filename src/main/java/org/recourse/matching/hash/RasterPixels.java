package org.recourse.matching.hash;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * A decoded picture's samples as the reference's decoder (ImageMagick writing PNM, read by CImg) hands them to PDQ:
 * the stored numbers, never colour-managed. An embedded ICC profile is not applied (the raster is read, not
 * {@code getRGB}, which would convert through the profile: 2 to 4 bits off); alpha is dropped without compositing;
 * grey stays one channel; CMYK becomes RGB without a profile, as (1 - C)(1 - K); a 16-bit sample keeps its high byte.
 *
 * <p>The 16-bit rule departs from the reference on purpose: CImg casts ImageMagick's 16-bit PNM samples to
 * {@code uint8_t}, keeping the low byte, so the reference's hash of a 16-bit file is noise, 92 to 128 bits from the
 * same picture in 8 bits. The high byte hashes the picture itself (docs/architecture.md, "16-bit samples").
 */
final class RasterPixels {

    private RasterPixels() {
    }

    static Pixels of(BufferedImage image) {
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        int space = model.getColorSpace().getType();
        int width = image.getWidth();
        int height = image.getHeight();
        if (!(model instanceof IndexColorModel) && space == ColorSpace.TYPE_GRAY) {
            byte[] grey = new byte[width * height];
            samples(raster, 0, grey, 0, 1);
            return Pixels.grey(width, height, grey);
        }
        if (!(model instanceof IndexColorModel) && space == ColorSpace.TYPE_RGB && raster.getNumBands() >= 3) {
            byte[] rgb = new byte[3 * width * height];
            for (int band = 0; band < 3; band++) {
                samples(raster, band, rgb, band, 3);
            }
            return greyOrRgb(width, height, rgb);
        }
        if (space == ColorSpace.TYPE_CMYK && raster.getNumBands() >= 4) {
            return greyOrRgb(width, height, naiveRgbOfCmyk(raster));
        }
        // Palette colours as stored (a tRNS chunk's alpha goes with the top byte), or any other colour space a reader
        // may produce, converted by Java's colour management: the best there is for it.
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        byte[] rgb = new byte[3 * argb.length];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        return greyOrRgb(width, height, rgb);
    }

    /**
     * One band's samples in 8 bits into {@code into}, from {@code offset} every {@code step} bytes; row by row, so that
     * no int per pixel is held besides the raster.
     */
    private static void samples(Raster raster, int band, byte[] into, int offset, int step) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        int bits = raster.getSampleModel().getSampleSize(band);
        int[] row = new int[width];
        int at = offset;
        for (int y = 0; y < height; y++) {
            raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, band, row);
            for (int x = 0; x < width; x++) {
                into[at] = (byte) to8Bits(row[x], bits);
                at += step;
            }
        }
    }

    /** 8-bit samples as they are, 16-bit ones by their high byte, fewer bits stretched to 0-255. */
    static int to8Bits(int sample, int bits) {
        if (bits == 8) {
            return sample;
        }
        if (bits > 8) {
            return sample >>> (bits - 8);
        }
        return sample * 255 / ((1 << bits) - 1);
    }

    /**
     * ImageMagick turns CMYK into RGB without a colour profile, as (1 - C)(1 - K) per channel; Java's colour management
     * would apply a CMYK profile instead, and the hashes would differ by some 14 bits.
     */
    private static byte[] naiveRgbOfCmyk(Raster raster) {
        int pixels = raster.getWidth() * raster.getHeight();
        byte[] cmyk = new byte[4 * pixels];
        for (int band = 0; band < 4; band++) {
            samples(raster, band, cmyk, band, 4);
        }
        byte[] rgb = new byte[3 * pixels];
        for (int i = 0; i < pixels; i++) {
            int white = 255 - (cmyk[4 * i + 3] & 0xff);
            for (int c = 0; c < 3; c++) {
                rgb[3 * i + c] = (byte) ink(cmyk[4 * i + c] & 0xff, white);
            }
        }
        return rgb;
    }

    private static int ink(int colorant, int white) {
        return ((255 - colorant) * white + 127) / 255;
    }

    /**
     * ImageMagick writes a picture whose every pixel is grey as one channel (a grey palette, or a colour JPEG of a
     * black-and-white photo); PDQ then takes the grey value as luma instead of weighting three equal channels.
     */
    private static Pixels greyOrRgb(int width, int height, byte[] rgb) {
        for (int i = 0; i < rgb.length; i += 3) {
            if (rgb[i] != rgb[i + 2] || rgb[i + 1] != rgb[i + 2]) {
                return Pixels.rgb(width, height, rgb);
            }
        }
        byte[] grey = new byte[rgb.length / 3];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = rgb[3 * i];
        }
        return Pixels.grey(width, height, grey);
    }
}
