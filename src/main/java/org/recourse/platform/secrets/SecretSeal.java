package org.recourse.platform.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets for the database with AES-256-GCM: {@code sealed:v1:} and the base64 of a random 12-byte nonce, the
 * ciphertext and its 16-byte tag. What a value is for (its column) is bound in as associated data, so a sealed value
 * moved to another column does not open. A value without the prefix was stored before sealing and is read as it is
 * (the {@link SecretResealer} seals such values at start).
 *
 * <p>The key is {@code recourse.secrets.key} (RECOURSE_SECRETS_KEY: 32 bytes in base64), the same on every node.
 * Without it, a key is made once in the data folder ({@code secrets.key}, readable by its owner only), which suits
 * the embedded default and a single node; several nodes must share the setting.
 */
public final class SecretSeal {

    static final String PREFIX = "sealed:v1:";
    private static final Logger LOG = Logger.getLogger(SecretSeal.class.getName());
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile SecretSeal current;

    private final SecretKey key;

    SecretSeal(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The secrets key must be 32 bytes (base64 of 32 random bytes), not "
                    + key.length + ".");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** A seal under this key, given as base64 of 32 bytes (as in RECOURSE_SECRETS_KEY). */
    public static SecretSeal ofBase64(String key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("RECOURSE_SECRETS_KEY is not base64; make one with "
                    + "`openssl rand -base64 32`.", e);
        }
        return new SecretSeal(bytes);
    }

    /** The portal's seal: from the setting, or from the key file in the data folder (made on first use). */
    public static SecretSeal current() {
        SecretSeal seal = current;
        if (seal == null) {
            synchronized (SecretSeal.class) {
                if (current == null) {
                    current = fromSettings();
                }
                seal = current;
            }
        }
        return seal;
    }

    /** Sets the seal the portal uses (tests outside the container). */
    public static void install(SecretSeal seal) {
        current = seal;
    }

    private static SecretSeal fromSettings() {
        Optional<String> configured = setting("recourse.secrets.key");
        if (configured.isPresent() && !configured.get().isBlank()) {
            return ofBase64(configured.get());
        }
        Path dataDir = Path.of(setting("recourse.data.dir").orElse("./data"));
        return fromKeyFile(dataDir.resolve("secrets.key"));
    }

    private static Optional<String> setting(String name) {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig(SecretSeal.class.getClassLoader())
                    .getOptionalValue(name, String.class);
        } catch (IllegalStateException noConfigHere) {
            return Optional.ofNullable(System.getProperty(name));
        }
    }

    /** The key in this file; if there is none, a new random key written there, readable by its owner only. */
    static SecretSeal fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
                    LOG.info(() -> "Made a key for the secrets kept in the database: " + file.toAbsolutePath()
                            + ". Back it up with the data; with several nodes, set RECOURSE_SECRETS_KEY instead.");
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // Another start made it first: use that one.
                } catch (UnsupportedOperationException noPosix) {
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
                }
            }
            return ofBase64(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the secrets key " + file.toAbsolutePath()
                    + "; set RECOURSE_SECRETS_KEY or make the data folder writable", e);
        }
    }

    /** The value to store for {@code secret}, sealed for {@code purpose} (what the value is for, e.g. its column). */
    public String seal(String secret, String purpose) {
        if (secret == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The secret in a stored value: opened if sealed, as it is if stored before sealing.
     *
     * @throws IllegalStateException if it was sealed under another key, for another purpose, or altered
     */
    public String open(String stored, String purpose) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A sealed " + purpose + " in the database is damaged (not base64).", e);
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("A sealed " + purpose + " in the database is damaged (too short).");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("A sealed " + purpose + " does not open with this node's secrets key: it "
                    + "was sealed under another key, or altered. Every node needs the same RECOURSE_SECRETS_KEY.", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * A key for another purpose, derived from the secrets key so that neither can be learnt from the other: HKDF-Expand
     * (RFC 5869) with the secrets key as the pseudorandom key, {@code "recourse " + purpose} as the info and one
     * 32-byte block, i.e. HMAC-SHA256(secrets key, info || 0x01). The secrets key is 32 random bytes, which is what
     * HKDF's extract step would produce, so expanding is enough.
     */
    public byte[] derive(String purpose) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            hmac.update(("recourse " + purpose).getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 1);
            return hmac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
