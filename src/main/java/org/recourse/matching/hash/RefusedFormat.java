package org.recourse.matching.hash;

import java.util.Optional;
import java.util.Set;

/**
 * Picture formats that are recognised but not decoded, and so refused instead of being waved through on exact hashes
 * alone: a picture whose look cannot be screened must not pass as "no match". Each has its reason in
 * docs/architecture.md ("Picture formats"); in short, none has a decoder that is both pure Java and close to the
 * reference's, and each would add a large parser for a format platforms rarely pass on unconverted. SVG is not here:
 * it is a document (markup, scripts), registered and screened like HTML, on exact hashes, and never shown to a
 * reviewer as a picture.
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
    /** TIFF with 64-bit offsets, for files over 4 GB: nothing an upload needs. */
    BIG_TIFF("BigTIFF"),
    /** A BMP whose data is a whole JPEG or PNG: a wrapper that hides one format inside another. */
    BMP_WRAPPING("BMP+JPEG/PNG");

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "heif",
            "mif1", "msf1");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");
    private static final int BMP_JPEG = 4;
    private static final int BMP_PNG = 5;

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
        return bmpWrapsAnother(bytes) ? Optional.of(BMP_WRAPPING) : Optional.empty();
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
}
