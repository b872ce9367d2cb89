package org.recourse.review;

import java.util.Optional;

/**
 * The picture formats a reviewer's browser is allowed to render, recognised by their first bytes and never by the
 * media type the platform registered: a file called {@code image/png} that is an SVG or an HTML page is no picture.
 */
public enum RasterFormat {
    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    /** The JDK has no WebP reader: its blurred rendering is the neutral placeholder. */
    WEBP("image/webp", null);

    /** How many leading bytes {@link #of} needs to tell every format apart. */
    public static final int HEAD = 12;

    private final String mediaType;
    private final String readerName;

    RasterFormat(String mediaType, String readerName) {
        this.mediaType = mediaType;
        this.readerName = readerName;
    }

    /** The format these bytes start with, or empty if they are not one of the rendered picture formats. */
    public static Optional<RasterFormat> of(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
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

    /** The content type to serve the picture with, from its bytes. */
    public String mediaType() {
        return mediaType;
    }

    /** The ImageIO format name of the JDK's reader, or empty when the JDK cannot decode the format. */
    Optional<String> readerName() {
        return Optional.ofNullable(readerName);
    }
}
