package org.recourse.matching.index;

import java.util.StringJoiner;
import org.recourse.matching.hash.PdqHash;

/**
 * How {@link StaticMultiIndex} cuts the 256 bits into substrings, and how far from the query's own value each one is
 * searched. Substring {@code i} is the contiguous bits {@code start(i) .. start(i) + length(i) - 1}.
 *
 * <p><b>Radii.</b> If every substring {@code i} of a stored hash differed from the query's in at least
 * {@code radius(i) + 1} bits, the whole hash would differ in at least {@code sum(radius(i) + 1)} bits. The radii are
 * chosen so that this sum is exactly {@code threshold + 1}: a hash within the threshold then has at least one substring
 * within its radius, which is all the search needs (pigeonhole). The classic bound, {@code floor(threshold / m)} for
 * every substring, satisfies this too but wastes up to {@code m - 1} bits of slack; here the extra bits go to the
 * longest substrings, where a larger radius costs the fewest extra candidates. A radius of -1 means the substring is
 * not searched at all (at threshold 0, only one substring is).
 *
 * <p><b>Lengths.</b> About {@code log2(size)} bits per substring on average, so that a substring value picks out about
 * one entry (Norouzi, Punjani and Fleet, "Fast search in Hamming space with multi-index hashing", 2012), which sets the
 * number of substrings; the lengths are then shared out to minimise the expected candidates (see
 * {@link #balanceLengths}). At 10 million entries and 31 bits: 11 substrings, six of 24 bits and four of 23 at radius
 * 2, one of 20 bits at radius 1.
 */
final class SubstringLayout {

    /** A substring value is an {@code int}, and no table is worth more than 2^32 buckets. */
    static final int MAX_LENGTH = 32;
    private static final int MIN_SUBSTRINGS = PdqHash.BITS / MAX_LENGTH;
    /** Below 2^16 entries the layout stays at 16 substrings of 16 bits, that of {@link MultiIndexHashIndex}. */
    private static final int MAX_SUBSTRINGS = 16;
    /** Past this many neighbour keys for one substring, a scan of every entry is cheaper than the tables. */
    private static final long MAX_KEYS_PER_SUBSTRING = 1 << 15;

    private final int threshold;
    private final int[] start;
    private final int[] length;
    private final int[] radius;

    private SubstringLayout(int threshold, int count) {
        this.threshold = threshold;
        this.start = new int[count];
        this.length = new int[count];
        this.radius = new int[count];
        int baseRadius = (threshold + 1) / count - 1;
        int widerOnes = (threshold + 1) % count;
        for (int i = 0; i < count; i++) {
            radius[i] = baseRadius + (i < widerOnes ? 1 : 0);
            length[i] = PdqHash.BITS / count + (i < PdqHash.BITS % count ? 1 : 0);
        }
        balanceLengths();
        for (int i = 1; i < count; i++) {
            start[i] = start[i - 1] + length[i - 1];
        }
    }

    /**
     * Moves bits between substrings while that lowers the expected candidates per query, {@code sum keysWithin(length,
     * radius) / 2^length} (times the size, the same for every layout). A table's bucket reads depend on its bucket bits
     * and radius, not on its length, so this is the part of the cost the lengths decide. At 31 bits and 11 substrings the
     * radius-1 substring shrinks to 20 bits and six radius-2 ones grow to 24: 2,594 candidates at 10 million instead
     * of 2,878 for the even split.
     */
    private void balanceLengths() {
        for (boolean moved = true; moved; ) {
            moved = false;
            int from = -1;
            int to = -1;
            double best = 0;
            for (int i = 0; i < length.length; i++) {
                for (int j = 0; j < length.length; j++) {
                    if (i != j && length[i] > 1 && length[j] < MAX_LENGTH) {
                        double change = cost(i, length[i] - 1) + cost(j, length[j] + 1) - cost(i, length[i])
                                - cost(j, length[j]);
                        if (change < best - 1e-12) {
                            best = change;
                            from = i;
                            to = j;
                        }
                    }
                }
            }
            if (from >= 0) {
                length[from]--;
                length[to]++;
                moved = true;
            }
        }
    }

    /** Expected candidates per stored entry from substring {@code i} if it had {@code bits} bits. */
    private double cost(int i, int bits) {
        return radius[i] < 0 ? 0 : keysWithin(bits, radius[i]) / Math.pow(2, bits);
    }

    /** The layout for an index of about {@code size} entries searched at {@code threshold} bits. */
    static SubstringLayout forSize(int threshold, long size) {
        return new SubstringLayout(threshold, substringsFor(size));
    }

    /** {@code 256 / log2(size)}, rounded, kept to 8..16 substrings (32 down to 16 bits each). */
    static int substringsFor(long size) {
        double bits = Math.log(Math.max(size, 2)) / Math.log(2);
        long count = Math.round(PdqHash.BITS / Math.max(bits, 16));
        return (int) Math.max(MIN_SUBSTRINGS, Math.min(MAX_SUBSTRINGS, count));
    }

    int count() {
        return start.length;
    }

    int threshold() {
        return threshold;
    }

    int length(int i) {
        return length[i];
    }

    /** How many bits substring {@code i} may differ in and still be searched; -1 if it is not searched. */
    int radius(int i) {
        return radius[i];
    }

    /** Substring {@code i} of the hash whose four words start at {@code words[at]}. */
    int substring(long[] words, int at, int i) {
        int word = start[i] >>> 6;
        int shift = start[i] & 63;
        long value = words[at + word] >>> shift;
        if (shift + length[i] > 64) {
            value |= words[at + word + 1] << (64 - shift);
        }
        return (int) (value & ((1L << length[i]) - 1));
    }

    /**
     * Whether a substring before {@code i} of the stored hash at {@code words[at]} is within {@code radii} (the radii
     * this query searched them with) of the query's. A stored hash within the threshold is reported only from the
     * first table that can find it, so it is reported once without a visited set.
     */
    boolean foundBefore(int i, int[] radii, long[] words, int at, long[] query) {
        for (int earlier = 0; earlier < i; earlier++) {
            if (radii[earlier] >= 0 && Integer.bitCount(substring(words, at, earlier) ^ substring(query, 0, earlier))
                    <= radii[earlier]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the tables are worth it: false when some substring's radius is so large (thresholds from about 60 bits
     * up) that enumerating its neighbour keys costs more than scanning every entry.
     */
    boolean worthIndexing() {
        for (int i = 0; i < count(); i++) {
            if (keysWithin(length[i], radius[i]) > MAX_KEYS_PER_SUBSTRING) {
                return false;
            }
        }
        return true;
    }

    /** How many {@code bits}-bit values lie within {@code radius} of a given one. */
    static long keysWithin(int bits, int radius) {
        long keys = 0;
        long choose = 1;
        for (int k = 0; k <= Math.min(radius, bits); k++) {
            keys += choose;
            choose = choose * (bits - k) / (k + 1);
        }
        return keys;
    }

    @Override
    public String toString() {
        StringJoiner parts = new StringJoiner(", ", count() + " substrings (", ")");
        for (int i = 0; i < count(); i++) {
            parts.add(length[i] + " bits r" + radius[i]);
        }
        return parts.toString();
    }
}
