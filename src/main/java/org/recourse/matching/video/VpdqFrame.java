package org.recourse.matching.video;

import java.util.Objects;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.hash.PdqResult;

/**
 * One hashed frame of a video: its number among the decoded frames (from 0), its PDQ hash and quality, and its time
 * in seconds as the reference computes it (float32: frame number over frame rate).
 */
public record VpdqFrame(int frameNumber, PdqHash hash, int quality, float timestamp) {

    public VpdqFrame {
        Objects.requireNonNull(hash, "A frame's hash is required.");
        if (frameNumber < 0) {
            throw new IllegalArgumentException("Frame numbers start at 0, not " + frameNumber + ".");
        }
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("PDQ quality runs from 0 to 100, not " + quality + ".");
        }
        if (!Float.isFinite(timestamp) || timestamp < 0) {
            throw new IllegalArgumentException("A frame's time is a finite number of seconds, not " + timestamp + ".");
        }
    }

    /** The time with 3 decimals, exactly as the reference writes it ("0.062" for 0.0625). */
    public String timestampText() {
        return ReferenceNumbers.threeDecimals(timestamp);
    }

    /** Whether the frame has the quality a matcher keeps ({@value PdqResult#MINIMUM_USABLE_QUALITY} by default). */
    public boolean hasQuality(int minimum) {
        return quality >= minimum;
    }
}
