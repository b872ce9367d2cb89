package org.recourse.matching.hash;

import java.util.Arrays;

/** A cryptographic digest of a file's bytes: immutable, compared by value, written as lower-case hex. */
abstract class ExactDigest {

    private final byte[] digest;

    ExactDigest(byte[] digest) {
        this.digest = digest.clone();
    }

    /** Lower-case hex digits, two a byte. */
    public final String toHex() {
        return Hex.encode(digest);
    }

    public final byte[] bytes() {
        return digest.clone();
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && Arrays.equals(digest, ((ExactDigest) other).digest);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public final String toString() {
        return toHex();
    }
}
