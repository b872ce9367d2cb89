package org.recourse.screening.hash;

import java.util.Arrays;

/**
 * The reference's one-dimensional box filter ({@code box1DFloat}), run down every column of a row-major plane at once.
 * Each column sees exactly the reference's float operations in the reference's order (a running sum, added to and
 * subtracted from, divided by the current window size), so results are bit-for-bit the same; working on whole rows
 * lets the JIT vectorise the loops, which a single column's running sum would not allow.
 */
final class BoxFilter {

    private float[] sums = new float[0];

    /**
     * Filters {@code in} ({@code length} rows of {@code width}) along its columns into {@code out}.
     *
     * @param window the full window size; the reference centres it, with half windows at both ends
     */
    void down(float[] in, float[] out, int length, int width, int window) {
        sums = Buffers.atLeast(sums, width);
        Arrays.fill(sums, 0, width, 0.0f);
        int half = (window + 2) / 2;
        int read = 0;
        int subtracted = 0;
        int written = 0;
        int size = 0;
        for (int n = 0; n < half - 1; n++) {
            accumulate(in, read++ * width, width);
            size++;
        }
        for (int n = 0; n < window - half + 1; n++) {
            size++;
            growAndWrite(in, read++ * width, out, written++ * width, width, size);
        }
        for (int n = 0; n < length - window; n++) {
            slideAndWrite(in, read++ * width, subtracted++ * width, out, written++ * width, width, size);
        }
        for (int n = 0; n < half - 1; n++) {
            size--;
            shrinkAndWrite(in, subtracted++ * width, out, written++ * width, width, size);
        }
    }

    private void accumulate(float[] in, int row, int width) {
        for (int j = 0; j < width; j++) {
            sums[j] += in[row + j];
        }
    }

    private void growAndWrite(float[] in, int row, float[] out, int outRow, int width, int size) {
        for (int j = 0; j < width; j++) {
            float sum = sums[j] + in[row + j];
            sums[j] = sum;
            out[outRow + j] = sum / size;
        }
    }

    private void slideAndWrite(float[] in, int addRow, int subtractRow, float[] out, int outRow, int width, int size) {
        for (int j = 0; j < width; j++) {
            float sum = sums[j] + in[addRow + j] - in[subtractRow + j];
            sums[j] = sum;
            out[outRow + j] = sum / size;
        }
    }

    private void shrinkAndWrite(float[] in, int subtractRow, float[] out, int outRow, int width, int size) {
        for (int j = 0; j < width; j++) {
            float sum = sums[j] - in[subtractRow + j];
            sums[j] = sum;
            out[outRow + j] = sum / size;
        }
    }
}
