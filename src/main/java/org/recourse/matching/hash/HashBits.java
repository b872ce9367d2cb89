package org.recourse.matching.hash;

/** The last step of PDQ: bit {@code 16i + j} is set when coefficient {@code B[i][j]} is strictly above the median. */
final class HashBits {

    private static final int COEFFICIENTS = Dct16.SIDE * Dct16.SIDE;

    private HashBits() {
    }

    static PdqHash aboveMedian(float[] dct) {
        float median = TorbenMedian.of(dct, COEFFICIENTS);
        long[] words = new long[4];
        for (int k = 0; k < COEFFICIENTS; k++) {
            if (dct[k] > median) {
                words[k >> 6] |= 1L << (k & 63);
            }
        }
        return PdqHash.ofWords(words[0], words[1], words[2], words[3]);
    }
}
