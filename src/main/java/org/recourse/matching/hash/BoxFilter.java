package org.recourse.matching.hash;

import java.util.Arrays;

/**
 * The reference's one-dimensional box filter ({@code box1DFloat}) over every row or every column of a row-major
 * plane. Each line sees exactly the reference's float operations in the reference's order (a running sum, added to
 * and subtracted from, divided by the current window size), so results are bit-for-bit the same. Only the order in
 * which lines are interleaved differs, for speed: a single line's running sum is a chain of dependent additions.
 */
final class BoxFilter {

    private float[] sums = new float[0];

    /**
     * Filters {@code in} ({@code length} rows of {@code width}) down its columns into {@code out}, all columns at
     * once so the JIT can vectorise the loops.
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

    /**
     * Filters each of the {@code rows} rows of {@code in} ({@code cols} wide) along the row into {@code out}, four rows
     * at a time so that four independent running sums overlap. A last group of fewer than four repeats its last row,
     * which writes the same values twice.
     */
    void along(float[] in, float[] out, int rows, int cols, int window) {
        for (int row = 0; row < rows; row += 4) {
            int last = rows - 1;
            fourRows(in, out, row * cols, Math.min(row + 1, last) * cols, Math.min(row + 2, last) * cols,
                    Math.min(row + 3, last) * cols, cols, window);
        }
    }

    // The four phases of box1DFloat for four rows starting at a, b, c and d: fill half a window, write while the
    // window grows, slide the full window, write while it shrinks.
    private static void fourRows(float[] in, float[] out, int a, int b, int c, int d, int length, int window) {
        int half = (window + 2) / 2;
        float sa = 0.0f;
        float sb = 0.0f;
        float sc = 0.0f;
        float sd = 0.0f;
        int read = 0;
        int subtracted = 0;
        int written = 0;
        int size = 0;
        for (; read < half - 1; read++, size++) {
            sa += in[a + read];
            sb += in[b + read];
            sc += in[c + read];
            sd += in[d + read];
        }
        for (int n = 0; n < window - half + 1; n++, read++, written++) {
            size++;
            out[a + written] = (sa += in[a + read]) / size;
            out[b + written] = (sb += in[b + read]) / size;
            out[c + written] = (sc += in[c + read]) / size;
            out[d + written] = (sd += in[d + read]) / size;
        }
        for (int n = 0; n < length - window; n++, read++, subtracted++, written++) {
            out[a + written] = (sa = sa + in[a + read] - in[a + subtracted]) / size;
            out[b + written] = (sb = sb + in[b + read] - in[b + subtracted]) / size;
            out[c + written] = (sc = sc + in[c + read] - in[c + subtracted]) / size;
            out[d + written] = (sd = sd + in[d + read] - in[d + subtracted]) / size;
        }
        for (int n = 0; n < half - 1; n++, subtracted++, written++) {
            size--;
            out[a + written] = (sa -= in[a + subtracted]) / size;
            out[b + written] = (sb -= in[b + subtracted]) / size;
            out[c + written] = (sc -= in[c + subtracted]) / size;
            out[d + written] = (sd -= in[d + subtracted]) / size;
        }
    }
}
