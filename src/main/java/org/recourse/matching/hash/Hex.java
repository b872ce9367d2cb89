package org.recourse.matching.hash;

/** Lowercase hexadecimal for the hash value types, with one error message for every kind of bad input. */
final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(out);
    }

    /**
     * Parses exactly {@code byteCount * 2} hex digits, upper or lower case.
     *
     * @throws IllegalArgumentException naming the kind of hash, the expected length and the first bad character
     */
    static byte[] decode(String hex, int byteCount, String kind) {
        checkLength(hex, byteCount * 2, kind);
        byte[] out = new byte[byteCount];
        for (int i = 0; i < byteCount; i++) {
            out[i] = (byte) (digit(hex, 2 * i, kind) << 4 | digit(hex, 2 * i + 1, kind));
        }
        return out;
    }

    static void checkLength(String hex, int digits, String kind) {
        if (hex == null) {
            throw new IllegalArgumentException("A " + kind + " is required.");
        }
        if (hex.length() != digits) {
            throw new IllegalArgumentException("A " + kind + " has " + digits + " hex digits, not " + hex.length() + ".");
        }
    }

    static int digit(String hex, int index, String kind) {
        int value = Character.digit(hex.charAt(index), 16);
        if (value < 0 || hex.charAt(index) > 'f') {
            throw new IllegalArgumentException("A " + kind + " has only hex digits 0-9 and a-f; found '"
                    + hex.charAt(index) + "' at position " + index + ".");
        }
        return value;
    }
}
