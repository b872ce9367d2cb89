package org.recourse.matching.video;

import java.time.Duration;
import java.util.Objects;

/**
 * What a video may be and cost before it is refused. The file's own declarations (size, frame size, frame rate,
 * duration) are checked before a frame is decoded; frames and time are counted again while decoding, because a
 * hostile file may declare one thing and contain another.
 *
 * @param maxBytes the largest file taken
 * @param maxPixels the most pixels in a frame (width times height)
 * @param maxSide the widest and tallest frame
 * @param maxFrameRate the highest declared frame rate, in frames a second
 * @param maxDuration the longest declared duration, and the latest frame time decoded
 * @param maxFrames the most frames decoded (hashed or not)
 * @param wallClock the longest a probe and a decode may take together; FFmpeg is killed at the end of it
 * @param processMemory the address space of each FFmpeg process (its {@code ulimit -v})
 */
public record VideoLimits(long maxBytes, long maxPixels, int maxSide, double maxFrameRate, Duration maxDuration,
        long maxFrames, Duration wallClock, long processMemory) {

    /**
     * 1 GiB, 4K UHD frames (3840 x 2160, no side over 8,192), 240 frames a second, 1 hour, 216,000 frames (an hour at
     * 60 frames a second), 10 minutes of wall clock and 2 GiB of address space for FFmpeg.
     */
    public static final VideoLimits DEFAULT = new VideoLimits(1L << 30, 3840L * 2160, 8192, 240.0,
            Duration.ofHours(1), 216_000, Duration.ofMinutes(10), 2L << 30);

    /** The most pixels any limit may allow: a frame's RGB must fit one Java array (100 megapixels is 300 MB). */
    public static final long MAX_PIXELS = 100_000_000L;
    /** The longest side any limit may allow. */
    public static final int MAX_SIDE = 32_768;

    public VideoLimits {
        Objects.requireNonNull(maxDuration, "A duration limit is required.");
        Objects.requireNonNull(wallClock, "A wall-clock limit is required.");
        if (maxBytes < 1 || maxPixels < 25 || maxSide < 5 || !(maxFrameRate > 0) || maxDuration.isNegative()
                || maxDuration.isZero() || maxFrames < 1 || wallClock.isNegative() || wallClock.isZero()
                || processMemory < (64L << 20) || maxPixels > MAX_PIXELS || maxSide > MAX_SIDE) {
            throw new IllegalArgumentException("Video limits are positive, FFmpeg gets at least 64 MiB, a frame at "
                    + "most " + MAX_PIXELS + " pixels and " + MAX_SIDE + " a side: "
                    + maxBytes + " bytes, " + maxPixels + " pixels, " + maxSide + " a side, " + maxFrameRate
                    + " fps, " + maxDuration + ", " + maxFrames + " frames, " + wallClock + ", " + processMemory
                    + " bytes of memory.");
        }
    }

    public VideoLimits withWallClock(Duration other) {
        return new VideoLimits(maxBytes, maxPixels, maxSide, maxFrameRate, maxDuration, maxFrames, other,
                processMemory);
    }

    public VideoLimits withMaxFrames(long other) {
        return new VideoLimits(maxBytes, maxPixels, maxSide, maxFrameRate, maxDuration, other, wallClock,
                processMemory);
    }

    public VideoLimits withMaxBytes(long other) {
        return new VideoLimits(other, maxPixels, maxSide, maxFrameRate, maxDuration, maxFrames, wallClock,
                processMemory);
    }

    public VideoLimits withMaxPixels(long other) {
        return new VideoLimits(maxBytes, other, maxSide, maxFrameRate, maxDuration, maxFrames, wallClock,
                processMemory);
    }

    public VideoLimits withMaxDuration(Duration other) {
        return new VideoLimits(maxBytes, maxPixels, maxSide, maxFrameRate, other, maxFrames, wallClock,
                processMemory);
    }

    public VideoLimits withProcessMemory(long other) {
        return new VideoLimits(maxBytes, maxPixels, maxSide, maxFrameRate, maxDuration, maxFrames, wallClock, other);
    }
}
