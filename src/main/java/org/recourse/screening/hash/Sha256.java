package org.recourse.screening.hash;

import java.util.Arrays;

/** A SHA-256 digest: finds byte-identical copies of a file, the first check on every upload. */
public final class Sha256 {

    static final int BYTES = 32;
    static final String ALGORITHM = "SHA-256";

    private final byte[] digest;

    private Sha256(byte[] digest) {
        this.digest = digest;
    }

    /** The digest of {@code content}. */
    public static Sha256 of(byte[] content) {
        return new Sha256(Digests.digest(ALGORITHM, content));
    }

    /** Reads 64 hex digits, either case. */
    public static Sha256 fromHex(String hex) {
        return new Sha256(Hex.decode(hex, BYTES, "SHA-256 digest"));
    }

    static Sha256 ofDigest(byte[] digest) {
        return new Sha256(digest.clone());
    }

    /** 64 lowercase hex digits. */
    public String toHex() {
        return Hex.encode(digest);
    }

    public byte[] bytes() {
        return digest.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sha256 that && Arrays.equals(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
