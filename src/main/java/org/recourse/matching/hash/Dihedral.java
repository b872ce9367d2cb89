package org.recourse.matching.hash;

/**
 * The eight symmetries of a square picture, named as Meta's reference names them. Each one's hash comes from the
 * original image's 16x16 DCT: mirroring an image flips the sign of its odd-frequency basis functions along that axis,
 * and a quarter turn or transpose swaps the two axes. Row {@code i} of the DCT is frequency {@code i + 1}, so "odd
 * frequency" means even {@code i}.
 */
public enum Dihedral {
    ORIGINAL("pdq") {
        @Override
        float coefficient(float[] dct, int i, int j) {
            return dct[i * SIDE + j];
        }
    },
    /** A quarter turn counter-clockwise. */
    ROT90("rot90") {
        @Override
        float coefficient(float[] dct, int i, int j) {
            return negateIf(i % 2 == 0, dct[j * SIDE + i]);
        }
    },
    ROT180("rot180") {
        @Override
        float coefficient(float[] dct, int i, int j) {
            return negateIf((i + j) % 2 == 1, dct[i * SIDE + j]);
        }
    },
    /** A quarter turn clockwise. */
    ROT270("rot270") {
        @Override
        float coefficient(float[] dct, int i, int j) {
            return negateIf(j % 2 == 0, dct[j * SIDE + i]);
        }
    },
    /** Top and bottom swapped. */
    FLIPX("flipx") {
        @Override
        float coefficient(float[] dct, int i, int j) {
            return negateIf(i % 2 == 0, dct[i * SIDE + j]);
        }
    },
    /** Mirrored: left and right swapped. */
    FLIPY("flipy") {
        @Override
        float coefficient(float[] dct, int i, int j) {
            return negateIf(j % 2 == 0, dct[i * SIDE + j]);
        }
    },
    /** Transposed: the upper-left and lower-right corners stay put. */
    FLIPPLUS1("flipplus1") {
        @Override
        float coefficient(float[] dct, int i, int j) {
            return dct[j * SIDE + i];
        }
    },
    /** Anti-transposed: the upper-right and lower-left corners stay put. */
    FLIPMINUS1("flipminus1") {
        @Override
        float coefficient(float[] dct, int i, int j) {
            return negateIf((i + j) % 2 == 1, dct[j * SIDE + i]);
        }
    };

    private static final int SIDE = 16;

    private final String referenceName;

    Dihedral(String referenceName) {
        this.referenceName = referenceName;
    }

    /** The name of this variant's column in the reference's output ({@code pdq} for the original). */
    public String referenceName() {
        return referenceName;
    }

    /** Coefficient {@code B'[i][j]} of the transformed image's DCT, read from the original's {@code dct}. */
    abstract float coefficient(float[] dct, int i, int j);

    /** Writes the whole transformed 16x16 DCT into {@code out}. */
    void transform(float[] dct, float[] out) {
        for (int i = 0; i < SIDE; i++) {
            for (int j = 0; j < SIDE; j++) {
                out[i * SIDE + j] = coefficient(dct, i, j);
            }
        }
    }

    /** Whether this variant reads coefficient {@code B[j][i]} for {@code B'[i][j]} (a quarter turn or a transpose). */
    boolean swapsAxes() {
        return this == ROT90 || this == ROT270 || this == FLIPPLUS1 || this == FLIPMINUS1;
    }

    /** Whether coefficient {@code B'[i][j]} is the negated source coefficient (the same rules as {@link #coefficient}). */
    boolean negates(int i, int j) {
        return switch (this) {
            case ORIGINAL, FLIPPLUS1 -> false;
            case ROT90, FLIPX -> i % 2 == 0;
            case ROT270, FLIPY -> j % 2 == 0;
            case ROT180, FLIPMINUS1 -> (i + j) % 2 == 1;
        };
    }

    private static float negateIf(boolean negate, float value) {
        return negate ? -value : value;
    }
}
