package org.recourse.matching.hash;

/**
 * The first 16x16 coefficients (frequencies 1..16 each way, no DC) of the 64x64 DCT-II, as the reference computes them:
 * {@code B = D A D^T} with a 16x64 float matrix {@code D}, as {@code T = D A} first and then {@code B = T D^T}, each sum
 * in float from k = 0 up. Only the order of the loops differs (so the JIT can vectorise them); each coefficient sees
 * the same operations in the same order, which flat images, whose DCT is pure rounding noise, depend on.
 */
final class Dct16 {

    static final int SIDE = 16;
    private static final int IN = Downsampler.SIDE;
    /** D[i][k], row-major 16x64. */
    private static final float[] MATRIX = matrix();
    /** D transposed, 64x16: D[j][k] at [k * 16 + j]. */
    private static final float[] MATRIX_T = transposed(MATRIX);

    private final float[] partial = new float[SIDE * IN];

    private static float[] matrix() {
        float[] d = new float[SIDE * IN];
        // The reference keeps the scale in a float and multiplies it by the double cosine. A double scale changes
        // the last bit of some entries: invisible in most hashes, but it flips bits of flat images.
        float scale = (float) Math.sqrt(2.0 / 64.0);
        for (int i = 0; i < SIDE; i++) {
            for (int k = 0; k < IN; k++) {
                d[i * IN + k] = (float) (scale * Math.cos((Math.PI / 2 / 64.0) * (i + 1) * (2 * k + 1)));
            }
        }
        return d;
    }

    private static float[] transposed(float[] d) {
        float[] t = new float[IN * SIDE];
        for (int i = 0; i < SIDE; i++) {
            for (int k = 0; k < IN; k++) {
                t[k * SIDE + i] = d[i * IN + k];
            }
        }
        return t;
    }

    /** {@code block} is the 64x64 row-major image; {@code out} receives the 16x16 row-major coefficients. */
    void apply(float[] block, float[] out) {
        multiplyLeft(block);
        multiplyRightTransposed(out);
    }

    /** T[i][j] = sum over k of D[i][k] * A[k][j]. */
    private void multiplyLeft(float[] block) {
        java.util.Arrays.fill(partial, 0.0f);
        for (int i = 0; i < SIDE; i++) {
            int row = i * IN;
            for (int k = 0; k < IN; k++) {
                float d = MATRIX[row + k];
                int from = k * IN;
                for (int j = 0; j < IN; j++) {
                    partial[row + j] += d * block[from + j];
                }
            }
        }
    }

    /** B[i][j] = sum over k of T[i][k] * D[j][k]. */
    private void multiplyRightTransposed(float[] out) {
        java.util.Arrays.fill(out, 0, SIDE * SIDE, 0.0f);
        for (int i = 0; i < SIDE; i++) {
            for (int k = 0; k < IN; k++) {
                float t = partial[i * IN + k];
                int from = k * SIDE;
                for (int j = 0; j < SIDE; j++) {
                    out[i * SIDE + j] += t * MATRIX_T[from + j];
                }
            }
        }
    }
}
