package org.recourse.matching.hash;

import java.math.BigDecimal;
import java.util.List;

/**
 * A picture that is not decoded because its headers declare more than a limit allows, because its format is one that
 * is refused, or because its bytes are damaged: the refusal names the limit or the format, so the sender can act on
 * it. Nothing about the picture was stored.
 */
public class ImageRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which limit was exceeded; each has a message key taking the arguments of {@link #arguments()}. */
    public enum Limit {
        /** Arguments: width, height, the limit in megapixels. */
        PIXELS("api.error.picture.pixels"),
        /** Arguments: the logical screen's width and height, the limit in megapixels. */
        SCREEN("api.error.picture.screen"),
        /** Arguments: the picture's size and the limit, in MB. */
        BYTES("api.error.picture.bytes"),
        /** Arguments: the number of scans, the most allowed at this size. */
        SCANS("api.error.picture.scans"),
        /** Arguments: the most megapixels of this kind of picture that fit the node's decoding memory. */
        MEMORY("api.error.picture.memory"),
        /** Arguments: the raw samples in MB, the picture's size in KB, the most times its size it may expand to. */
        EXPANSION("api.error.picture.expansion"),
        /** Arguments: the most directories, directory entries, and values of one entry a TIFF may declare. */
        DIRECTORIES("api.error.picture.directories"),
        /** Not a size: a picture format that is recognised and not decoded. Arguments: the format's name. */
        FORMAT("api.error.picture.format"),
        /** Not a size: the picture is in a decoded format but its bytes could not be decoded. Arguments: the format. */
        DAMAGED("api.error.picture.damaged");

        private final String messageKey;

        Limit(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Limit limit;
    private final transient List<Object> arguments;

    ImageRefusedException(Limit limit, String message, Object... arguments) {
        this(limit, message, null, arguments);
    }

    ImageRefusedException(Limit limit, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.limit = limit;
        this.arguments = List.of(arguments);
    }

    public Limit limit() {
        return limit;
    }

    /** The message key of the resource bundle that says, in words, which limit the picture is over. */
    public String messageKey() {
        return limit.messageKey;
    }

    /** The values the message names. */
    public List<Object> arguments() {
        return arguments;
    }

    /** A count of pixels in megapixels, as a person reads it: 50, 2.5. */
    static BigDecimal megapixels(long pixels) {
        return plain(BigDecimal.valueOf(pixels, 6));
    }

    /** A count of bytes in kilobytes (KiB), to one decimal. */
    static BigDecimal kilobytes(long bytes) {
        return plain(BigDecimal.valueOf(bytes * 10 / 1024, 1));
    }

    /** A count of bytes in megabytes (MiB), to one decimal. */
    static BigDecimal megabytes(long bytes) {
        return plain(BigDecimal.valueOf(bytes * 10 / (1024 * 1024), 1));
    }

    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
