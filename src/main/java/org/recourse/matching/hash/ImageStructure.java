package org.recourse.matching.hash;

/**
 * What a picture's container says before any decoder reads it, for the few things ImageIO's readers do not tell
 * cheaply: a GIF's logical screen, the number of scans in a JPEG, and a BMP that wraps another format. Read from the
 * bytes alone, in one pass, without allocating; any bytes give an answer (truncated or garbled ones included).
 *
 * @param screenPixels a GIF's logical screen in pixels (width times height), 0 for other formats
 * @param screenWidth a GIF's logical screen width
 * @param screenHeight a GIF's logical screen height
 * @param scans the scans of a JPEG's first image (a progressive JPEG has one per refinement), 0 for other formats
 * @param wrapped whether the picture wraps another format (a BMP holding a JPEG or PNG), which is not decoded
 */
record ImageStructure(long screenPixels, int screenWidth, int screenHeight, int scans, boolean wrapped) {

    private static final ImageStructure PLAIN = new ImageStructure(0, 0, 0, 0, false);
    private static final int BMP_JPEG = 4;
    private static final int BMP_PNG = 5;

    /** The structure of {@code bytes} read as {@code format} (an ImageIO format name: jpeg, gif, bmp, ...). */
    static ImageStructure of(String format, byte[] bytes) {
        return switch (format) {
            case "jpeg" -> new ImageStructure(0, 0, 0, jpegScans(bytes), false);
            case "gif" -> gif(bytes);
            case "bmp" -> new ImageStructure(0, 0, 0, 0, bmpWrapsAnother(bytes));
            default -> PLAIN;
        };
    }

    private static ImageStructure gif(byte[] bytes) {
        if (bytes.length < 10) {
            return PLAIN;
        }
        int width = u16le(bytes, 6);
        int height = u16le(bytes, 8);
        return new ImageStructure((long) width * height, width, height, 0, false);
    }

    /** BITMAPINFOHEADER and later carry a compression field; 4 and 5 mean a whole JPEG or PNG inside. */
    private static boolean bmpWrapsAnother(byte[] bytes) {
        if (bytes.length < 34 || u32le(bytes, 14) < 40) {
            return false;
        }
        long compression = u32le(bytes, 30);
        return compression == BMP_JPEG || compression == BMP_PNG;
    }

    /**
     * Counts start-of-scan markers up to the first end of image, skipping each marker segment by its length and each
     * scan's entropy-coded data up to the next marker (0xFF followed by neither 0x00 nor a restart marker).
     */
    static int jpegScans(byte[] bytes) {
        int scans = 0;
        int at = 2;
        while (at + 1 < bytes.length) {
            if ((bytes[at] & 0xff) != 0xff) {
                at++;
                continue;
            }
            int marker = bytes[at + 1] & 0xff;
            if (marker == 0xff) {
                at++; // a fill byte
                continue;
            }
            if (marker == 0xd9) {
                break;
            }
            if (marker == 0x01 || marker == 0x00 || (marker >= 0xd0 && marker <= 0xd8)) {
                at += 2; // no length follows
                continue;
            }
            if (at + 3 >= bytes.length) {
                break;
            }
            at += 2 + u16be(bytes, at + 2);
            if (marker == 0xda) {
                scans++;
                at = afterEntropyCodedData(bytes, at);
            }
        }
        return scans;
    }

    private static int afterEntropyCodedData(byte[] bytes, int from) {
        int at = from;
        while (at + 1 < bytes.length) {
            if ((bytes[at] & 0xff) == 0xff) {
                int next = bytes[at + 1] & 0xff;
                if (next != 0x00 && next != 0xff && (next < 0xd0 || next > 0xd7)) {
                    return at;
                }
            }
            at++;
        }
        return bytes.length;
    }

    private static int u16le(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static int u16be(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 8 | (bytes[at + 1] & 0xff);
    }

    private static long u32le(byte[] bytes, int at) {
        return (u16le(bytes, at) | (long) u16le(bytes, at + 2) << 16);
    }
}
