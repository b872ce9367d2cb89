package org.recourse.matching.hash;

/**
 * What a picture's container says before any decoder reads it, for the few things the readers do not tell cheaply:
 * a GIF's logical screen, the number of scans in a JPEG, and a TIFF's directories. Read from the bytes alone, in one
 * pass; any bytes give an answer (truncated or garbled ones included).
 *
 * @param screenPixels a GIF's logical screen in pixels (width times height), 0 for other formats
 * @param screenWidth a GIF's logical screen width
 * @param screenHeight a GIF's logical screen height
 * @param scans the scans of a JPEG's first image (a progressive JPEG has one per refinement), 0 for other formats
 * @param tiff a TIFF's directories, {@code null} for other formats
 */
record ImageStructure(long screenPixels, int screenWidth, int screenHeight, int scans, TiffStructure tiff) {

    private static final ImageStructure PLAIN = new ImageStructure(0, 0, 0, 0, null);

    /** The structure of {@code bytes} read as {@code format}. */
    static ImageStructure of(PictureFormat format, byte[] bytes) {
        return switch (format) {
            case JPEG -> new ImageStructure(0, 0, 0, jpegScans(bytes), null);
            case GIF -> gif(bytes);
            case TIFF -> new ImageStructure(0, 0, 0, 0, TiffStructure.of(bytes));
            default -> PLAIN;
        };
    }

    private static ImageStructure gif(byte[] bytes) {
        if (bytes.length < 10) {
            return PLAIN;
        }
        int width = u16le(bytes, 6);
        int height = u16le(bytes, 8);
        return new ImageStructure((long) width * height, width, height, 0, null);
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
        return Signatures.u16le(bytes, at);
    }

    private static int u16be(byte[] bytes, int at) {
        return Signatures.u16be(bytes, at);
    }
}
