package org.recourse.matching.hash;

/**
 * The reference's quality score: the sum of the significant luma steps between neighbours of the 64x64 image, each
 * counted in whole percent of full scale (so that many tiny steps count for nothing), scaled by a tuned 90, at most 100.
 */
final class Quality {

    private static final int SIDE = Downsampler.SIDE;
    private static final int SCALE = 90;

    private Quality() {
    }

    static int of(float[] block) {
        int gradientSum = 0;
        for (int i = 0; i < SIDE - 1; i++) {
            for (int j = 0; j < SIDE; j++) {
                gradientSum += percentStep(block[i * SIDE + j], block[(i + 1) * SIDE + j]);
            }
        }
        for (int i = 0; i < SIDE; i++) {
            for (int j = 0; j < SIDE - 1; j++) {
                gradientSum += percentStep(block[i * SIDE + j], block[i * SIDE + j + 1]);
            }
        }
        return Math.min(gradientSum / SCALE, 100);
    }

    /** In float, truncated to int, as the reference's {@code int d = ((u - v) * 100) / 255}. */
    private static int percentStep(float u, float v) {
        return Math.abs((int) (((u - v) * 100) / 255));
    }
}
