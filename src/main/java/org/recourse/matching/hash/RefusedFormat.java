package org.recourse.matching.hash;

import java.util.Optional;
import java.util.Set;

/**
 * Picture formats that are recognised but not decoded, and so refused instead of being waved through on exact hashes
 * alone: a picture whose look cannot be screened must not pass as "no match". Each has its reason in
 * docs/architecture.md ("Picture formats"); in short, none has a decoder that is both pure Java and close to the
 * reference's, and each would add a large parser for a format platforms rarely pass on unconverted.
 */
enum RefusedFormat {

    /** HEVC inside ISO BMFF: phones' default; no Java decoder, and HEVC is patent-encumbered. */
    HEIF("HEIF/HEIC"),
    /** AV1 inside ISO BMFF: no Java decoder. */
    AVIF("AVIF"),
    JPEG_XL("JPEG XL"),
    JPEG_2000("JPEG 2000"),
    /** Layered Photoshop files: what is seen depends on compositing the layers. */
    PSD("PSD"),
    /** A drawing, not pixels: its look depends on a renderer, and SVG carries scripts and outside references. */
    SVG("SVG"),
    /** TIFF with 64-bit offsets, for files over 4 GB: nothing an upload needs. */
    BIG_TIFF("BigTIFF"),
    /** A BMP whose data is a whole JPEG or PNG: a wrapper that hides one format inside another. */
    BMP_WRAPPING("BMP+JPEG/PNG");

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "heif",
            "mif1", "msf1");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");
    private static final int BMP_JPEG = 4;
    private static final int BMP_PNG = 5;
    /** How far into the file the start of an SVG element is looked for (after an XML declaration, comments). */
    private static final int SVG_HEAD = 1024;

    private final String displayName;

    RefusedFormat(String displayName) {
        this.displayName = displayName;
    }

    /** The refused format these bytes start with, if any. */
    static Optional<RefusedFormat> of(byte[] bytes) {
        if (Signatures.hasText(bytes, 4, "ftyp") && bytes.length >= 12) {
            String brand = new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (HEIF_BRANDS.contains(brand)) {
                return Optional.of(HEIF);
            }
            if (AVIF_BRANDS.contains(brand)) {
                return Optional.of(AVIF);
            }
        }
        if (Signatures.startsWith(bytes, 0, 0xFF, 0x0A)
                || Signatures.startsWith(bytes, 0, 0, 0, 0, 0x0C, 'J', 'X', 'L', ' ', 0x0D, 0x0A, 0x87, 0x0A)) {
            return Optional.of(JPEG_XL);
        }
        if (Signatures.startsWith(bytes, 0, 0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A)
                || Signatures.startsWith(bytes, 0, 0xFF, 0x4F, 0xFF, 0x51)) {
            return Optional.of(JPEG_2000);
        }
        if (Signatures.hasText(bytes, 0, "8BPS")) {
            return Optional.of(PSD);
        }
        if (Signatures.startsWith(bytes, 0, 'I', 'I', 43, 0) || Signatures.startsWith(bytes, 0, 'M', 'M', 0, 43)) {
            return Optional.of(BIG_TIFF);
        }
        if (bmpWrapsAnother(bytes)) {
            return Optional.of(BMP_WRAPPING);
        }
        return isSvg(bytes) ? Optional.of(SVG) : Optional.empty();
    }

    /** The format's name as people write it, the same in every language. */
    String displayName() {
        return displayName;
    }

    /** BITMAPINFOHEADER and later carry a compression field; 4 and 5 mean a whole JPEG or PNG inside. */
    private static boolean bmpWrapsAnother(byte[] bytes) {
        if (!Signatures.hasText(bytes, 0, "BM") || bytes.length < 34 || Signatures.u32le(bytes, 14) < 40) {
            return false;
        }
        long compression = Signatures.u32le(bytes, 30);
        return compression == BMP_JPEG || compression == BMP_PNG;
    }

    /** Text (after a byte-order mark and white space) that opens with an XML declaration or comment and an svg element. */
    private static boolean isSvg(byte[] bytes) {
        int at = Signatures.startsWith(bytes, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (at < bytes.length && Character.isWhitespace(bytes[at])) {
            at++;
        }
        if (Signatures.hasText(bytes, at, "<svg")) {
            return true;
        }
        if (!Signatures.hasText(bytes, at, "<?xml") && !Signatures.hasText(bytes, at, "<!--")
                && !Signatures.hasText(bytes, at, "<!DOCTYPE")) {
            return false;
        }
        String head = new String(bytes, at, Math.min(SVG_HEAD, bytes.length - at),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("<svg") || head.contains("<!DOCTYPE svg");
    }
}
