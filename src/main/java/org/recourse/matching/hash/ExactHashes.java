package org.recourse.matching.hash;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Objects;

/** The exact (cryptographic) hashes of one file, computed in a single read. */
public record ExactHashes(Sha256 sha256, Md5 md5) {

    private static final int CHUNK = 64 * 1024;

    public ExactHashes {
        Objects.requireNonNull(sha256, "A SHA-256 digest is required.");
        Objects.requireNonNull(md5, "An MD5 digest is required.");
    }

    public static ExactHashes of(byte[] content) {
        return new ExactHashes(Sha256.of(content), Md5.of(content));
    }

    /** Reads {@code content} to its end (it is not closed). */
    public static ExactHashes of(InputStream content) throws IOException {
        MessageDigest sha256 = Digests.create(Sha256.ALGORITHM);
        MessageDigest md5 = Digests.create(Md5.ALGORITHM);
        byte[] chunk = new byte[CHUNK];
        for (int read = content.read(chunk); read >= 0; read = content.read(chunk)) {
            sha256.update(chunk, 0, read);
            md5.update(chunk, 0, read);
        }
        return new ExactHashes(Sha256.ofDigest(sha256.digest()), Md5.ofDigest(md5.digest()));
    }
}
