package org.recourse.matching.hash;

/**
 * What a JPEG's samples are before any colour conversion, as libjpeg and the JDK's reader would both decide it from the
 * markers before the first scan. Only two answers allow the fast path of {@link JpegRaster} (the decoder's raster read
 * as it is, then converted here): one grey component, or three components that both libjpeg's rules
 * ({@code default_decompress_parms}) and the JDK's own overrides ({@code imageioJPEG.c}) take for YCbCr. Anything else
 * (RGB, CMYK, YCCK, an Adobe marker with another transform, unusual component ids, malformed headers) is
 * {@link #OTHER} and decoded the slow way, by the rules of {@link RasterPixels}; a guess here is never needed.
 */
enum JpegSamples {

    /** One component: grey, with no conversion on either path. */
    GREY,
    /** Three components in YCbCr: a JFIF marker and no Adobe marker, component ids 1, 2, 3, or Adobe's transform 1. */
    YCBCR,
    /** Anything else: read as a picture, by the reader's own colour handling. */
    OTHER;

    private static final int SOS = 0xda;
    private static final int EOI = 0xd9;
    private static final int APP0 = 0xe0;
    private static final int APP14 = 0xee;
    /** libjpeg reads a JFIF marker only if its data has at least 14 bytes, an Adobe one at least 12. */
    private static final int JFIF_DATA = 14;
    private static final int ADOBE_DATA = 12;

    /** The samples of the JPEG in {@code bytes} (which start with SOI), from its markers up to its first scan. */
    static JpegSamples of(byte[] bytes) {
        boolean jfif = false;
        boolean adobe = false;
        int transform = -1;
        int components = 0;
        boolean ids123 = false;
        boolean scan = false;
        int at = 2;
        while (at + 3 < bytes.length) {
            if ((bytes[at] & 0xff) != 0xff) {
                return OTHER;
            }
            int marker = bytes[at + 1] & 0xff;
            if (marker == 0xff) {
                at++; // a fill byte
                continue;
            }
            if (marker == SOS) {
                scan = true;
                break;
            }
            if (marker == EOI || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
                return OTHER; // no image before it, or a marker out of place: leave it to the reader
            }
            int length = Signatures.u16be(bytes, at + 2);
            int data = at + 4;
            if (length < 2 || data + length - 2 > bytes.length) {
                return OTHER;
            }
            int dataLength = length - 2;
            if (marker == APP0 && dataLength >= JFIF_DATA && Signatures.startsWith(bytes, data, 'J', 'F', 'I', 'F', 0)) {
                jfif = true;
            } else if (marker == APP14 && dataLength >= ADOBE_DATA
                    && Signatures.startsWith(bytes, data, 'A', 'd', 'o', 'b', 'e')) {
                adobe = true;
                transform = bytes[data + 11] & 0xff;
            } else if (isStartOfFrame(marker)) {
                if (components != 0 || dataLength < 6) {
                    return OTHER; // two frames in one image, or a frame header cut short
                }
                components = bytes[data + 5] & 0xff;
                if (dataLength < 6 + 3 * components) {
                    return OTHER;
                }
                ids123 = components == 3 && bytes[data + 6] == 1 && bytes[data + 9] == 2 && bytes[data + 12] == 3;
            }
            at = data + dataLength;
        }
        if (!scan) {
            return OTHER; // no scan: the reader will say what is wrong
        }
        if (components == 1) {
            return GREY;
        }
        if (components != 3) {
            return OTHER;
        }
        // libjpeg: JFIF means YCbCr, else Adobe's transform says, else ids 1, 2, 3 mean YCbCr. The JDK: an Adobe
        // marker with a transform other than 1 is unknown, JFIF wins otherwise. Both agree on YCbCr in these cases.
        if (adobe) {
            return transform == 1 ? YCBCR : OTHER;
        }
        return jfif || ids123 ? YCBCR : OTHER;
    }

    /** SOF0 to SOF15, but not DHT (C4), JPG (C8) or DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }
}
