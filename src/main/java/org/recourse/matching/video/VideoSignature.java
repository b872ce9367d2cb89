package org.recourse.matching.video;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Whether some bytes start like a video container FFmpeg is allowed to open here (ISO base media: MP4, MOV, 3GP; or
 * EBML: Matroska, WebM). Read from the bytes, never from a declared media type, so a video sent as
 * {@code application/octet-stream} is still fingerprinted. HEIF and AVIF pictures share the ISO box layout and are
 * told apart by their brand: they are pictures (refused as such), not videos.
 */
public final class VideoSignature {

    private static final Set<String> PICTURE_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm",
            "hevs", "mif1", "msf1", "avif", "avis");
    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private VideoSignature() {
    }

    /** Whether these first bytes of a file (at least 12 of them are needed) are those of a video container. */
    public static boolean isVideo(byte[] head) {
        if (head == null || head.length < 12) {
            return false;
        }
        if (head[0] == EBML[0] && head[1] == EBML[1] && head[2] == EBML[2] && head[3] == EBML[3]) {
            return true;
        }
        String box = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
        if ("ftyp".equals(box)) {
            return !PICTURE_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
        }
        // A QuickTime file may start with its movie box, or free space, before any ftyp.
        return Set.of("moov", "mdat", "wide", "free", "skip").contains(box) && plausibleBoxSize(head);
    }

    private static boolean plausibleBoxSize(byte[] head) {
        long size = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFFL) << 16) | ((head[2] & 0xFFL) << 8) | (head[3] & 0xFFL);
        return size == 1 || size >= 8;
    }
}
