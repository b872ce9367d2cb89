package org.recourse.matching.hash;

import java.util.Objects;

/**
 * A PDQ hash with the reference's quality score (0..100), a measure of how much detail the image has: hashes of flat
 * or nearly flat images match many unrelated images, so the reference recommends discarding those of quality 49 or less.
 */
public record PdqResult(PdqHash hash, int quality) {

    /** The lowest quality the reference recommends trusting for matching. */
    public static final int MINIMUM_USABLE_QUALITY = 50;

    /** What an image under 5 pixels a side gives. */
    static final PdqResult NOT_HASHABLE = new PdqResult(PdqHash.ZERO, 0);

    public PdqResult {
        Objects.requireNonNull(hash, "A hash is required.");
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("PDQ quality runs from 0 to 100, not " + quality + ".");
        }
    }

    /** Whether the image has enough detail for its hash to be matched (quality of at least 50). */
    public boolean isUsable() {
        return quality >= MINIMUM_USABLE_QUALITY;
    }
}
