package org.recourse.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of evidence, with the JDK's AES-256-GCM only: each record has a fresh random 256-bit data key;
 * each part is encrypted under it with a random 96-bit nonce, and the record id and part name as associated data (so a
 * part copied to another record or renamed fails its tag); the data key is wrapped by the vault key, also with
 * AES-GCM and the record id as associated data (AES-KW has no associated data, and would let a wrapped key be moved).
 * A data key encrypts a handful of parts, far below GCM's limit on random nonces per key.
 */
public final class EnvelopeCipher {

    /** What a failed tag means here: the bytes, the nonce, the key or the record they belong to were changed. */
    public static final class TamperedException extends Exception {
        private static final long serialVersionUID = 1L;

        TamperedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A part encrypted: its nonce, and the ciphertext with its 16-byte tag. */
    public record Encrypted(byte[] nonce, byte[] ciphertext) {
    }

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EnvelopeCipher() {
    }

    /** A fresh random data key; the caller overwrites it once done. */
    public static byte[] newDataKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public static Encrypted encrypt(byte[] dataKey, long recordId, String partName, byte[] plain) {
        byte[] nonce = nonce();
        return new Encrypted(nonce, gcm(Cipher.ENCRYPT_MODE, aes(dataKey), nonce, partAad(recordId, partName), plain));
    }

    /** The plain bytes of a part; a failed tag throws. */
    public static byte[] decrypt(byte[] dataKey, long recordId, String partName, byte[] nonce, byte[] ciphertext)
            throws TamperedException {
        try {
            return gcmOrTampered(Cipher.DECRYPT_MODE, aes(dataKey), nonce, partAad(recordId, partName), ciphertext);
        } catch (AEADBadTagException e) {
            throw new TamperedException("part " + partName + " fails its tag", e);
        }
    }

    /** The data key wrapped by a vault key: nonce, then the encrypted key and its tag (60 bytes). */
    public static byte[] wrap(SecretKey vaultKey, long recordId, byte[] dataKey) {
        byte[] nonce = nonce();
        byte[] sealed = gcm(Cipher.ENCRYPT_MODE, vaultKey, nonce, keyAad(recordId), dataKey);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    /** The data key of a record; a wrong vault key, another record's wrapped key or altered bytes throw. */
    public static byte[] unwrap(SecretKey vaultKey, long recordId, byte[] wrapped) throws TamperedException {
        if (wrapped == null || wrapped.length != NONCE_BYTES + KEY_BYTES + TAG_BITS / 8) {
            throw new TamperedException("the wrapped data key has the wrong length", null);
        }
        try {
            return gcmOrTampered(Cipher.DECRYPT_MODE, vaultKey, Arrays.copyOf(wrapped, NONCE_BYTES),
                    keyAad(recordId), Arrays.copyOfRange(wrapped, NONCE_BYTES, wrapped.length));
        } catch (AEADBadTagException e) {
            throw new TamperedException("the data key does not unwrap under this vault key", e);
        }
    }

    private static byte[] partAad(long recordId, String partName) {
        return ("recourse evidence part v1\n" + recordId + "\n" + partName).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keyAad(long recordId) {
        return ("recourse evidence data key v1\n" + recordId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    private static SecretKey aes(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A data key is 32 bytes.");
        }
        return new SecretKeySpec(key, "AES");
    }

    private static byte[] gcm(int mode, SecretKey key, byte[] nonce, byte[] aad, byte[] input) {
        try {
            return gcmOrTampered(mode, key, nonce, aad, input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Encrypting cannot fail a tag", e);
        }
    }

    private static byte[] gcmOrTampered(int mode, SecretKey key, byte[] nonce, byte[] aad, byte[] input)
            throws AEADBadTagException {
        if (nonce == null || nonce.length != NONCE_BYTES) {
            throw new AEADBadTagException("the nonce has the wrong length");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available", e);
        }
    }
}
