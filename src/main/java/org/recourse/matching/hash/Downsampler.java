package org.recourse.matching.hash;

/**
 * Blurs a luma plane with the reference's Jarosz filter (two passes of a box filter along the rows, then along the
 * columns) and keeps the 64x64 pixels nearest the centres of a 64x64 grid.
 */
final class Downsampler {

    static final int SIDE = 64;
    private static final int PASSES = 2;
    // Each output pixel stands for 1/64 of a side; two passes of a half-width window together cover all of it.
    private static final int WINDOW_DIVISOR = 2 * SIDE;

    private final BoxFilter box = new BoxFilter();
    private float[] work = new float[0];

    /** The reference's window for a side of {@code length} pixels: length / 128, rounded up. */
    static int windowSize(int length) {
        return (length + WINDOW_DIVISOR - 1) / WINDOW_DIVISOR;
    }

    /** Blurs {@code plane} ({@code rows x cols}, overwritten) and writes the 64x64 result into {@code out}. */
    void blurAndDecimate(float[] plane, int rows, int cols, float[] out) {
        blur(plane, rows, cols);
        decimate(plane, rows, cols, out);
    }

    void blur(float[] plane, int rows, int cols) {
        work = Buffers.atLeast(work, rows * cols);
        int windowAlongRows = windowSize(cols);
        int windowAlongCols = windowSize(rows);
        for (int pass = 0; pass < PASSES; pass++) {
            box.along(plane, work, rows, cols, windowAlongRows);
            box.down(work, plane, rows, cols, windowAlongCols);
        }
    }

    /** The reference samples at pixel centres, in double: floor((i + 0.5) * rows / 64). */
    static void decimate(float[] plane, int rows, int cols, float[] out) {
        for (int i = 0; i < SIDE; i++) {
            int row = (int) (((i + 0.5) * rows) / SIDE);
            for (int j = 0; j < SIDE; j++) {
                int col = (int) (((j + 0.5) * cols) / SIDE);
                out[i * SIDE + j] = plane[row * cols + col];
            }
        }
    }
}
