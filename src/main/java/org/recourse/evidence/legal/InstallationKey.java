package org.recourse.evidence.legal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The installation's Ed25519 key that signs evidence packages: made once per installation ({@link SigningKeys}), its
 * public half shown to LEGAL users and shipped in every package. Ed25519 because the JDK has it (no provider to add),
 * signatures are deterministic, and the stock {@code openssl pkeyutl -rawin} verifies them.
 */
public final class InstallationKey {

    public static final String ALGORITHM = "Ed25519";

    private final PublicKey publicKey;
    private final PrivateKey privateKey;

    private InstallationKey(PublicKey publicKey, PrivateKey privateKey) {
        this.publicKey = Objects.requireNonNull(publicKey, "A public key is required.");
        this.privateKey = privateKey;
    }

    /** A new random key pair. */
    public static InstallationKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new InstallationKey(pair.getPublic(), pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /** The key as stored: X.509 SubjectPublicKeyInfo and PKCS#8 (the private half may be null: verify only). */
    public static InstallationKey of(byte[] publicX509, byte[] privatePkcs8) {
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            return new InstallationKey(factory.generatePublic(new X509EncodedKeySpec(publicX509)),
                    privatePkcs8 == null ? null : factory.generatePrivate(new PKCS8EncodedKeySpec(privatePkcs8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored evidence signing key is not an Ed25519 key", e);
        }
    }

    /** A detached Ed25519 signature of exactly these bytes (64 bytes). */
    public byte[] sign(byte[] message) {
        if (privateKey == null) {
            throw new IllegalStateException("This key can only verify");
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with Ed25519", e);
        }
    }

    public byte[] publicKeyDer() {
        return publicKey.getEncoded();
    }

    byte[] privateKeyDer() {
        return privateKey.getEncoded();
    }

    /** The public key as PEM ({@code BEGIN PUBLIC KEY}), what {@code openssl pkeyutl -pubin} reads. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKeyDer())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * Lower-case hex SHA-256 of the public key's DER encoding: what {@code openssl pkey -pubin -in public-key.pem
     * -outform DER | sha256sum} prints, so a receiver can compare it with the one the platform published.
     */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKeyDer()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
