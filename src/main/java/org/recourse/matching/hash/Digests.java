package org.recourse.matching.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Message digests by name; every Java platform must provide SHA-256 and MD5, so a missing one is a broken JDK. */
final class Digests {

    private Digests() {
    }

    static MessageDigest create(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks " + algorithm + ", which every JDK must have.", e);
        }
    }

    static byte[] digest(String algorithm, byte[] content) {
        return create(algorithm).digest(java.util.Objects.requireNonNull(content, "Content is required."));
    }
}
