package org.recourse.matching.hash;

import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * A JPEG's samples as the JDK's reader leaves them in {@code readRaster}: libjpeg has decoded, upsampled and (for
 * YCbCr) not converted them. Converting to RGB here, with libjpeg's own integer tables and only for the pixels PDQ
 * samples, gives the very bytes libjpeg's conversion would (ImageMagick's, the reference's decoder, included) at a
 * fraction of the cost: no per-pixel colour model, no copy of the picture.
 *
 * <p>{@code jdcolor.c}'s {@code ycc_rgb_convert}: R = Y + Cr_r[Cr], G = Y + ((Cb_g[Cb] + Cr_g[Cr]) >> 16), B = Y +
 * Cb_b[Cb], each clamped to 0-255; the tables are 16-bit fixed point, rounded as built below. libjpeg-turbo's SIMD
 * conversions give the same bytes (its tests hold them to the C code's output).
 */
final class JpegRaster {

    private static final int SCALE_BITS = 16;
    private static final long ONE_HALF = 1L << (SCALE_BITS - 1);
    private static final int[] CR_R = new int[256];
    private static final int[] CB_B = new int[256];
    private static final int[] CR_G = new int[256];
    private static final int[] CB_G = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            long x = i - 128;
            CR_R[i] = (int) ((fix(1.40200) * x + ONE_HALF) >> SCALE_BITS);
            CB_B[i] = (int) ((fix(1.77200) * x + ONE_HALF) >> SCALE_BITS);
            CR_G[i] = (int) (-fix(0.71414) * x);
            CB_G[i] = (int) (-fix(0.34414) * x + ONE_HALF);
        }
    }

    private JpegRaster() {
    }

    private static long fix(double value) {
        return (long) (value * (1L << SCALE_BITS) + 0.5);
    }

    /**
     * The pixels of a raster read from a JPEG whose samples are {@code samples} ({@link JpegSamples#GREY} or
     * {@link JpegSamples#YCBCR}). As {@link RasterPixels}: a picture whose every pixel is grey is one channel.
     */
    static Pixels of(Raster raster, JpegSamples samples) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        byte[] data = packedBytes(raster, samples == JpegSamples.GREY ? 1 : 3);
        if (samples == JpegSamples.GREY) {
            return Pixels.grey(width, height, data);
        }
        return isGrey(data) ? Pixels.grey(width, height, greyOf(data)) : Pixels.ycbcr(width, height, data);
    }

    /** The raster's bytes, as they are when they are packed (the reader's rasters are), else copied. */
    private static byte[] packedBytes(Raster raster, int bands) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        if (raster.getNumBands() != bands) {
            throw new IllegalStateException("The JPEG raster has " + raster.getNumBands() + " bands, not " + bands + ".");
        }
        if (raster.getSampleModel() instanceof PixelInterleavedSampleModel model
                && raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
                && buffer.getOffset() == 0 && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0 && model.getPixelStride() == bands
                && model.getScanlineStride() == bands * width && inOrder(model.getBandOffsets())
                && buffer.getData().length == bands * width * height) {
            return buffer.getData();
        }
        byte[] copy = new byte[bands * width * height];
        int[] row = new int[width * bands];
        for (int y = 0; y < height; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, row);
            for (int i = 0; i < row.length; i++) {
                copy[y * row.length + i] = (byte) row[i];
            }
        }
        return copy;
    }

    private static boolean inOrder(int[] offsets) {
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** Whether every pixel converts to R = G = B. Neutral chroma (128, 128) always does; a colour photo stops early. */
    private static boolean isGrey(byte[] ycc) {
        for (int i = 0; i < ycc.length; i += 3) {
            int cb = ycc[i + 1] & 0xff;
            int cr = ycc[i + 2] & 0xff;
            if (cb == 128 && cr == 128) {
                continue;
            }
            int y = ycc[i] & 0xff;
            int red = red(y, cr);
            if (red != green(y, cb, cr) || red != blue(y, cb)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] greyOf(byte[] ycc) {
        byte[] grey = new byte[ycc.length / 3];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (byte) red(ycc[3 * i] & 0xff, ycc[3 * i + 2] & 0xff);
        }
        return grey;
    }

    /** Interleaved RGB bytes of interleaved YCbCr ones. */
    static byte[] rgbOf(byte[] ycc) {
        byte[] rgb = new byte[ycc.length];
        for (int i = 0; i < ycc.length; i += 3) {
            int y = ycc[i] & 0xff;
            int cb = ycc[i + 1] & 0xff;
            int cr = ycc[i + 2] & 0xff;
            rgb[i] = (byte) red(y, cr);
            rgb[i + 1] = (byte) green(y, cb, cr);
            rgb[i + 2] = (byte) blue(y, cb);
        }
        return rgb;
    }

    static int red(int y, int cr) {
        return clamp(y + CR_R[cr]);
    }

    static int green(int y, int cb, int cr) {
        return clamp(y + ((CB_G[cb] + CR_G[cr]) >> SCALE_BITS));
    }

    static int blue(int y, int cb) {
        return clamp(y + CB_B[cb]);
    }

    private static int clamp(int sample) {
        return Math.max(0, Math.min(255, sample));
    }
}
