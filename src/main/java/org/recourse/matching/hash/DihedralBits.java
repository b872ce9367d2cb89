package org.recourse.matching.hash;

import java.util.ArrayList;
import java.util.List;

/**
 * The eight dihedral variants of a PDQ hash worked out from its bits alone, for a hash that came without its picture
 * (a survivor's, an import's). {@link Dihedral} gets them exactly from the DCT: a turn or transpose swaps the axes, a
 * mirror negates the odd-frequency coefficients. Here the swap is exact, and a negated coefficient's bit is inverted,
 * which is exact only when the median is zero: on the reference vectors the transposes are exact and the others come
 * within 2 to 16 bits of the reference's own variant on the photographs (median 4), and 28 to 30 bits on a drawn
 * letter on a flat background ({@code c.png}), whose coefficients' median is far from zero. A mirrored copy is thus
 * found when its own distance plus this error stays within the threshold: a photograph's mirror with up to some 15
 * bits of changes; the exact way, from the DCT, needs the picture, which a hash-only entry does not have.
 */
public final class DihedralBits {

    private static final int SIDE = 16;

    private DihedralBits() {
    }

    /** All eight, the hash itself first, then in the order of {@link Dihedral}. */
    public static List<PdqHash> variants(PdqHash hash) {
        List<PdqHash> variants = new ArrayList<>(Dihedral.values().length);
        for (Dihedral variant : Dihedral.values()) {
            variants.add(variant == Dihedral.ORIGINAL ? hash : of(hash, variant));
        }
        return List.copyOf(variants);
    }

    /** One variant: bit {@code (i, j)} of the result is the source coefficient's bit, inverted where it is negated. */
    public static PdqHash of(PdqHash hash, Dihedral variant) {
        long[] words = new long[4];
        for (int i = 0; i < SIDE; i++) {
            for (int j = 0; j < SIDE; j++) {
                boolean swapped = variant.swapsAxes();
                int source = swapped ? j * SIDE + i : i * SIDE + j;
                boolean bit = hash.bit(source) ^ variant.negates(i, j);
                if (bit) {
                    int k = i * SIDE + j;
                    words[k >> 6] |= 1L << (k & 63);
                }
            }
        }
        return PdqHash.ofWords(words[0], words[1], words[2], words[3]);
    }
}
