package org.recourse.matching.hash;

/**
 * Turns pixels into the float luma plane the reference hashes, applying its nearest-neighbour pre-resize on the way:
 * the luma of a resized pixel is the luma of the source pixel it copies, so resizing and converting in one pass gives
 * the same floats without building the resized picture.
 */
final class LumaPlane {

    // float(0.299) etc., as the reference writes them: the double constant rounded once to float.
    private static final float LUMA_RED = (float) 0.299;
    private static final float LUMA_GREEN = (float) 0.587;
    private static final float LUMA_BLUE = (float) 0.114;

    private float[] plane = new float[0];
    private int[] sourceColumns = new int[0];

    /**
     * Fills and returns a {@code rows x cols} row-major plane (reused between calls). Output pixel (x, y) takes source
     * pixel (floor(x * W / cols), floor(y * H / rows)), which is the identity when the sizes are equal.
     */
    float[] fill(Pixels pixels, int rows, int cols) {
        plane = Buffers.atLeast(plane, rows * cols);
        mapColumns(pixels.width(), cols);
        for (int y = 0; y < rows; y++) {
            int sourceRow = (int) ((long) y * pixels.height() / rows);
            fillRow(pixels, sourceRow * pixels.width(), y * cols, cols);
        }
        return plane;
    }

    private void mapColumns(int sourceWidth, int cols) {
        if (sourceColumns.length < cols) {
            sourceColumns = new int[cols];
        }
        for (int x = 0; x < cols; x++) {
            sourceColumns[x] = (int) ((long) x * sourceWidth / cols);
        }
    }

    private void fillRow(Pixels pixels, int sourceStart, int outStart, int cols) {
        switch (pixels.layout()) {
            case RGB_BYTES -> rgbRow(pixels.bytes(), sourceStart, outStart, cols);
            case GREY_BYTES -> greyRow(pixels.bytes(), sourceStart, outStart, cols);
            case PACKED_RGB_INTS -> packedRow(pixels.ints(), sourceStart, outStart, cols);
            case YCBCR_BYTES -> ycbcrRow(pixels.bytes(), sourceStart, outStart, cols);
            default -> throw new IllegalStateException("Unknown layout " + pixels.layout());
        }
    }

    private void rgbRow(byte[] rgb, int sourceStart, int outStart, int cols) {
        for (int x = 0; x < cols; x++) {
            int s = 3 * (sourceStart + sourceColumns[x]);
            plane[outStart + x] = luma(rgb[s] & 0xff, rgb[s + 1] & 0xff, rgb[s + 2] & 0xff);
        }
    }

    private void greyRow(byte[] grey, int sourceStart, int outStart, int cols) {
        for (int x = 0; x < cols; x++) {
            plane[outStart + x] = grey[sourceStart + sourceColumns[x]] & 0xff;
        }
    }

    private void packedRow(int[] argb, int sourceStart, int outStart, int cols) {
        for (int x = 0; x < cols; x++) {
            int p = argb[sourceStart + sourceColumns[x]];
            plane[outStart + x] = luma(p >> 16 & 0xff, p >> 8 & 0xff, p & 0xff);
        }
    }

    /** A JPEG's samples, each pixel hashed converted to RGB exactly as libjpeg converts it ({@link JpegRaster}). */
    private void ycbcrRow(byte[] ycc, int sourceStart, int outStart, int cols) {
        for (int x = 0; x < cols; x++) {
            int s = 3 * (sourceStart + sourceColumns[x]);
            int y = ycc[s] & 0xff;
            int cb = ycc[s + 1] & 0xff;
            int cr = ycc[s + 2] & 0xff;
            plane[outStart + x] = luma(JpegRaster.red(y, cr), JpegRaster.green(y, cb, cr), JpegRaster.blue(y, cb));
        }
    }

    /** In float, left to right, as the reference computes it (no fused multiply-add). */
    static float luma(int red, int green, int blue) {
        return LUMA_RED * red + LUMA_GREEN * green + LUMA_BLUE * blue;
    }
}
