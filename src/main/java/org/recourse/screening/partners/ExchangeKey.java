package org.recourse.screening.partners;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An Ed25519 key that signs or checks partner signal files: this portal's own (both halves) or a partner's (public
 * half only). Ed25519 as the evidence vault's key, for the same reasons (in the JDK, deterministic, checked by stock
 * {@code openssl pkeyutl -verify -rawin}); a key of its own, so that a partner never holds a key that verifies
 * evidence.
 */
public final class ExchangeKey {

    public static final String ALGORITHM = "Ed25519";

    private final PublicKey publicKey;
    private final PrivateKey privateKey;

    private ExchangeKey(PublicKey publicKey, PrivateKey privateKey) {
        this.publicKey = Objects.requireNonNull(publicKey, "A public key is required.");
        this.privateKey = privateKey;
    }

    public static ExchangeKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new ExchangeKey(pair.getPublic(), pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /** The key as stored: X.509 and PKCS#8 DER (the private half may be null: check only). */
    static ExchangeKey of(byte[] publicX509, byte[] privatePkcs8) {
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            return new ExchangeKey(factory.generatePublic(new X509EncodedKeySpec(publicX509)),
                    privatePkcs8 == null ? null : factory.generatePrivate(new PKCS8EncodedKeySpec(privatePkcs8)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 key", e);
        }
    }

    /**
     * A partner's public key as an admin pastes it: PEM ({@code BEGIN PUBLIC KEY}, what {@code openssl pkey -pubout}
     * writes) or the base64 of its DER. Empty if it is not an Ed25519 public key.
     */
    public static Optional<ExchangeKey> parsePublic(String text) {
        if (text == null || text.length() > 1000) {
            return Optional.empty();
        }
        String body = text.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return Optional.of(of(Base64.getDecoder().decode(body), null));
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }

    /** A detached signature of these bytes (64 bytes). */
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

    /** Whether the signature is this key's over exactly these bytes. */
    public boolean verifies(byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (SignatureException | InvalidKeyException badSignature) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    public byte[] publicKeyDer() {
        return publicKey.getEncoded();
    }

    byte[] privateKeyDer() {
        return privateKey.getEncoded();
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKeyDer());
    }

    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKeyDer())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** Lower-case hex SHA-256 of the public key's DER, as {@code openssl pkey -pubin -outform DER | sha256sum}. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKeyDer()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
