package org.recourse.matching.hash;

import java.util.Objects;

/**
 * A decoded picture to hash: 8-bit RGB, 8-bit grey, packed RGB ints (as {@code BufferedImage.getRGB} gives them,
 * alpha ignored), or a JPEG's YCbCr as its decoder left them. Rows run top to bottom, pixels left to right.
 *
 * <p>The pixel array is used as given, not copied: at 1024x768 a copy would cost as much as a fifth of the hash. Do not
 * change it while it is being hashed.
 */
public final class Pixels {

    /** How the samples are laid out. */
    public enum Layout {
        /** Three bytes per pixel: red, green, blue. */
        RGB_BYTES(3),
        /** One byte per pixel, used directly as the luma (as the reference does for grey images). */
        GREY_BYTES(1),
        /** One int per pixel, {@code 0xAARRGGBB}; the alpha byte is ignored, not composited. */
        PACKED_RGB_INTS(1),
        /**
         * Three bytes per pixel: a JPEG's Y, Cb and Cr as libjpeg decodes them before its colour conversion, converted
         * to RGB as libjpeg converts them only for the pixels hashed (see {@code JpegRaster}).
         */
        YCBCR_BYTES(3);

        private final int samplesPerPixel;

        Layout(int samplesPerPixel) {
            this.samplesPerPixel = samplesPerPixel;
        }
    }

    private final int width;
    private final int height;
    private final Layout layout;
    private final byte[] bytes;
    private final int[] ints;

    private Pixels(int width, int height, Layout layout, byte[] bytes, int[] ints) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A picture is at least 1x1 pixels, not " + width + "x" + height + ".");
        }
        int length = bytes != null ? bytes.length : ints.length;
        long expected = (long) width * height * layout.samplesPerPixel;
        if (length != expected) {
            throw new IllegalArgumentException("A " + width + "x" + height + " " + layout + " picture has " + expected
                    + " samples, not " + length + ".");
        }
        this.width = width;
        this.height = height;
        this.layout = layout;
        this.bytes = bytes;
        this.ints = ints;
    }

    /** Interleaved red, green, blue bytes, {@code 3 * width * height} of them. */
    public static Pixels rgb(int width, int height, byte[] rgb) {
        return new Pixels(width, height, Layout.RGB_BYTES, Objects.requireNonNull(rgb, "RGB bytes are required."), null);
    }

    /** One grey byte per pixel, {@code width * height} of them. */
    public static Pixels grey(int width, int height, byte[] grey) {
        return new Pixels(width, height, Layout.GREY_BYTES, Objects.requireNonNull(grey, "Grey bytes are required."),
                null);
    }

    /** A JPEG's interleaved Y, Cb, Cr bytes, {@code 3 * width * height} of them, as the decoder read them. */
    static Pixels ycbcr(int width, int height, byte[] ycbcr) {
        return new Pixels(width, height, Layout.YCBCR_BYTES, Objects.requireNonNull(ycbcr, "YCbCr bytes are required."),
                null);
    }

    /** One {@code 0xAARRGGBB} int per pixel; alpha is ignored. */
    public static Pixels packedRgb(int width, int height, int[] argb) {
        return new Pixels(width, height, Layout.PACKED_RGB_INTS, null,
                Objects.requireNonNull(argb, "Packed RGB ints are required."));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Layout layout() {
        return layout;
    }

    /** 1 for grey, 3 for colour. */
    public int channels() {
        return layout == Layout.GREY_BYTES ? 1 : 3;
    }

    /**
     * The same picture as RGB or grey bytes: a JPEG's YCbCr converted in full, as libjpeg would have; any other layout
     * as it is. For callers that read the samples themselves rather than hash them.
     */
    Pixels rgbOrGrey() {
        return layout == Layout.YCBCR_BYTES ? rgb(width, height, JpegRaster.rgbOf(bytes)) : this;
    }

    byte[] bytes() {
        return bytes;
    }

    int[] ints() {
        return ints;
    }

    @Override
    public String toString() {
        return "Pixels " + width + "x" + height + " " + layout;
    }
}
