package org.recourse.matching.hash;

/** Reading a container's leading bytes without trusting them: every read is bounds-checked by its caller's length. */
final class Signatures {

    private Signatures() {
    }

    /** Whether {@code bytes} hold {@code expected} (unsigned byte values) at {@code offset}. */
    static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the ASCII text {@code text} is at {@code offset}. */
    static boolean hasText(byte[] bytes, int offset, String text) {
        if (offset < 0 || bytes.length < offset + text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (bytes[offset + i] != (byte) text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int u16le(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    static int u16be(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 8 | (bytes[at + 1] & 0xff);
    }

    static long u32le(byte[] bytes, int at) {
        return u16le(bytes, at) | (long) u16le(bytes, at + 2) << 16;
    }

    static long u32be(byte[] bytes, int at) {
        return (long) u16be(bytes, at) << 16 | u16be(bytes, at + 2);
    }
}
