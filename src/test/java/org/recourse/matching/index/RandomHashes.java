package org.recourse.matching.index;

import java.util.SplittableRandom;
import org.recourse.matching.hash.PdqHash;

/** Seeded random hashes and near-duplicates at an exact distance, for the index tests and benchmarks. */
public final class RandomHashes {

    private final SplittableRandom random;

    public RandomHashes(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public PdqHash next() {
        return PdqHash.ofWords(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    }

    /** {@code hash} with exactly {@code bits} distinct bits flipped, chosen at random. */
    public PdqHash flipped(PdqHash hash, int bits) {
        long[] words = {hash.word(0), hash.word(1), hash.word(2), hash.word(3)};
        long[] flips = new long[4];
        for (int flippedSoFar = 0; flippedSoFar < bits; ) {
            int bit = random.nextInt(PdqHash.BITS);
            long mask = 1L << (bit & 63);
            if ((flips[bit >> 6] & mask) == 0) {
                flips[bit >> 6] |= mask;
                flippedSoFar++;
            }
        }
        return PdqHash.ofWords(words[0] ^ flips[0], words[1] ^ flips[1], words[2] ^ flips[2], words[3] ^ flips[3]);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
