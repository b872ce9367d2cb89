package org.recourse.matching.hash;

/**
 * An MD5 digest. MD5 is broken for anything an attacker controls; it is here only because hash lists shared by other
 * organisations still identify files by it. Our own records use {@link Sha256}.
 */
public final class Md5 extends ExactDigest {

    static final int BYTES = 16;
    static final String ALGORITHM = "MD5";

    private Md5(byte[] digest) {
        super(digest);
    }

    /** The digest of {@code content}. */
    public static Md5 of(byte[] content) {
        return new Md5(Digests.digest(ALGORITHM, content));
    }

    /** Reads 32 hex digits, either case. */
    public static Md5 fromHex(String hex) {
        return new Md5(Hex.decode(hex, BYTES, "MD5 digest"));
    }

    static Md5 ofDigest(byte[] digest) {
        return new Md5(digest);
    }
}
