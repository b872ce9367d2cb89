package org.recourse.matching.hash;

/** A SHA-256 digest: finds byte-identical copies of a file, the first check on every upload. */
public final class Sha256 extends ExactDigest {

    static final int BYTES = 32;
    static final String ALGORITHM = "SHA-256";

    private Sha256(byte[] digest) {
        super(digest);
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
        return new Sha256(digest);
    }
}
