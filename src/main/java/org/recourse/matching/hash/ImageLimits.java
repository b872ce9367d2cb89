package org.recourse.matching.hash;

/**
 * What a picture may declare before it is decoded. Every limit is checked against the file's headers, so a picture
 * over any of them costs a few header bytes, never a decode.
 *
 * @param maxPixels the most pixels (width times height) a picture, or a GIF's logical screen, may have
 * @param maxBytes the largest encoded picture that is decoded
 */
public record ImageLimits(long maxPixels, long maxBytes) {

    /** 50 megapixels (an 8,660 x 5,774 photograph, more than any phone takes) and 16 MiB. */
    public static final ImageLimits DEFAULT = new ImageLimits(50_000_000L, 16L * 1024 * 1024);

    /**
     * The most scans of a JPEG. The JDK's decoder renders the whole picture again after every scan of a progressive
     * JPEG, so a few hundred bytes per scan buy a full decode each; encoders write 10 (libjpeg) to about 20.
     */
    public static final int MAX_SCANS = 100;

    /**
     * The most scan-pixels (scans times pixels) of a JPEG: 20 full renderings of a 50-megapixel picture, about 4 s of
     * one core here; a large picture may have fewer scans than {@link #MAX_SCANS}.
     */
    public static final long MAX_SCAN_PIXELS = 1_000_000_000L;

    public ImageLimits {
        if (maxPixels < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("Image limits are positive, not " + maxPixels + " pixels and "
                    + maxBytes + " bytes.");
        }
    }

    /** The most scans a JPEG of this many pixels may have. */
    public static int maxScans(long pixels) {
        return (int) Math.max(1, Math.min(MAX_SCANS, MAX_SCAN_PIXELS / Math.max(1, pixels)));
    }
}
