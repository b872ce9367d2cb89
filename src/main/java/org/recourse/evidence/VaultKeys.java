package org.recourse.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vault keys of this node: the current one, which wraps every new data key, and the previous ones, which only open
 * records not yet re-wrapped. A key is named by its id, a fingerprint (the first 8 bytes of SHA-256 over a label and the
 * key, in hex) that says which key wraps a record without revealing it. The vault key is {@code recourse.vault.key}
 * (RECOURSE_VAULT_KEY: base64 of 32 random bytes), separate from the secrets key; without it, a key is made once in the
 * data folder ({@code vault.key}, readable by its owner only), as for the secrets key.
 */
public final class VaultKeys {

    /** One vault key and its id. */
    public record VaultKey(String id, SecretKey key) {
    }

    private static final Logger LOG = Logger.getLogger(VaultKeys.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VaultKey current;
    private final Map<String, VaultKey> byId = new LinkedHashMap<>();

    VaultKeys(byte[] current, List<byte[]> previous) {
        this.current = keyOf(current, "RECOURSE_VAULT_KEY");
        byId.put(this.current.id(), this.current);
        for (byte[] old : previous) {
            VaultKey key = keyOf(old, "recourse.vault.previous-keys");
            byId.putIfAbsent(key.id(), key);
        }
    }

    /**
     * The keys given as base64: the current one, and the previous ones separated by commas (blank for none).
     *
     * @throws IllegalArgumentException when a key is not base64 of 32 bytes
     */
    public static VaultKeys ofBase64(String current, String previous) {
        List<byte[]> old = new ArrayList<>();
        if (previous != null) {
            for (String one : previous.split(",")) {
                if (!one.isBlank()) {
                    old.add(decode(one, "recourse.vault.previous-keys"));
                }
            }
        }
        return new VaultKeys(decode(current, "RECOURSE_VAULT_KEY"), old);
    }

    /** The key in this file (or a new random key written there first, readable by its owner only), and these old ones. */
    static VaultKeys fromKeyFile(Path file, String previous) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
                    LOG.info(() -> "Made a key for the evidence vault: " + file.toAbsolutePath() + ". Back it up "
                            + "apart from the database (without it no evidence record opens); with several nodes, set "
                            + "RECOURSE_VAULT_KEY instead.");
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // Another start made it first: use that one.
                } catch (UnsupportedOperationException noPosix) {
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
                } finally {
                    Arrays.fill(fresh, (byte) 0);
                }
            }
            return ofBase64(Files.readString(file), previous);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the vault key " + file.toAbsolutePath()
                    + "; set RECOURSE_VAULT_KEY or make the data folder writable", e);
        }
    }

    /** The key that wraps new data keys, and to which rotation re-wraps the others. */
    public VaultKey current() {
        return current;
    }

    /** The key with this id, current or previous; empty when this node does not have it. */
    public Optional<VaultKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The id of a key: the first 8 bytes of SHA-256 over a label and the key, in hex. */
    static String idOf(byte[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("recourse vault key id\n".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(digest.digest(key), 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static VaultKey keyOf(byte[] key, String setting) {
        if (key.length != 32) {
            throw new IllegalArgumentException(setting + " must be 32 bytes (base64 of 32 random bytes), not "
                    + key.length + "; make one with `openssl rand -base64 32`.");
        }
        return new VaultKey(idOf(key), new SecretKeySpec(key, "AES"));
    }

    private static byte[] decode(String base64, String setting) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not base64; make one with `openssl rand -base64 32`.", e);
        }
    }
}
