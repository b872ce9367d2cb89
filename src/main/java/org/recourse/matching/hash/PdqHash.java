package org.recourse.matching.hash;

import java.util.Optional;

/**
 * A 256-bit PDQ hash. Bit {@code k = 16i + j} is set when DCT coefficient {@code B[i][j]} lies above the median, as in
 * Meta's reference; {@link #toHex()} writes the 256-bit number big-endian, so the first digit holds bits 255..252.
 *
 * <p>Stored as four longs, word {@code n} holding bits {@code 64n..64n+63}: distances are four XORs and popcounts, and
 * the index keeps hashes in the same form in a {@code long[]}.
 */
public final class PdqHash {

    /** The number of bits. */
    public static final int BITS = 256;
    /** What the reference gives for an image too small to hash (under 5 pixels a side): every bit clear. */
    public static final PdqHash ZERO = new PdqHash(0, 0, 0, 0);

    private static final int HEX_DIGITS = 64;

    private final long w0;
    private final long w1;
    private final long w2;
    private final long w3;

    private PdqHash(long w0, long w1, long w2, long w3) {
        this.w0 = w0;
        this.w1 = w1;
        this.w2 = w2;
        this.w3 = w3;
    }

    /** The hash whose bits 0..63 are {@code w0}, 64..127 are {@code w1}, and so on. */
    public static PdqHash ofWords(long w0, long w1, long w2, long w3) {
        return new PdqHash(w0, w1, w2, w3);
    }

    /**
     * Reads 64 hex digits (either case) in the reference's order.
     *
     * @throws IllegalArgumentException for null, a wrong length or a character that is not a hex digit
     */
    public static PdqHash fromHex(String hex) {
        Hex.checkLength(hex, HEX_DIGITS, "PDQ hash");
        return new PdqHash(parseWord(hex, 3), parseWord(hex, 2), parseWord(hex, 1), parseWord(hex, 0));
    }

    /**
     * The hash these 64 hex digits (either case) write, or empty if they are not one: the one check of a PDQ hash's
     * form, for every reader that must refuse a malformed one rather than fail on it.
     */
    public static Optional<PdqHash> parse(String hex) {
        try {
            return Optional.of(fromHex(hex));
        } catch (IllegalArgumentException notAHash) {
            return Optional.empty();
        }
    }

    /** The 16 hex digits at {@code chunk} (0 = leftmost) as one word: the leftmost digits are the highest bits. */
    private static long parseWord(String hex, int chunk) {
        long value = 0;
        for (int i = chunk * 16; i < chunk * 16 + 16; i++) {
            value = value << 4 | Hex.digit(hex, i, "PDQ hash");
        }
        return value;
    }

    /** 64 lowercase hex digits, as the reference prints them. */
    public String toHex() {
        StringBuilder out = new StringBuilder(HEX_DIGITS);
        for (long word : new long[] {w3, w2, w1, w0}) {
            String digits = Long.toHexString(word);
            out.append("0".repeat(16 - digits.length())).append(digits);
        }
        return out.toString();
    }

    /** Word {@code n} (0..3): bits {@code 64n..64n+63} of the hash. */
    public long word(int n) {
        return switch (n) {
            case 0 -> w0;
            case 1 -> w1;
            case 2 -> w2;
            case 3 -> w3;
            default -> throw new IndexOutOfBoundsException("A PDQ hash has words 0 to 3, not " + n + ".");
        };
    }

    /** Whether bit {@code k} (0..255) is set. */
    public boolean bit(int k) {
        if (k < 0 || k >= BITS) {
            throw new IndexOutOfBoundsException("A PDQ hash has bits 0 to 255, not " + k + ".");
        }
        return (word(k >> 6) >>> (k & 63) & 1) == 1;
    }

    /** The Hamming distance: how many of the 256 bits differ (0..256). */
    public int distanceTo(PdqHash other) {
        return Long.bitCount(w0 ^ other.w0) + Long.bitCount(w1 ^ other.w1)
                + Long.bitCount(w2 ^ other.w2) + Long.bitCount(w3 ^ other.w3);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PdqHash that && w0 == that.w0 && w1 == that.w1 && w2 == that.w2 && w3 == that.w3;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(w0 ^ 31 * (w1 ^ 31 * (w2 ^ 31 * w3)));
    }

    @Override
    public String toString() {
        return toHex();
    }
}
