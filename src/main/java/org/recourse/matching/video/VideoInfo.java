package org.recourse.matching.video;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What FFmpeg's stream analysis says of a file's first video stream, the facts the reference hashes by.
 *
 * @param format the demuxer's name ({@code "mov,mp4,m4a,3gp,3g2,mj2"}, {@code "matroska,webm"})
 * @param codec the codec's name ({@code "h264"})
 * @param width the coded width of the stream, at which frames are hashed
 * @param height the coded height
 * @param pixelFormat the decoder's pixel format ({@code "yuv420p"}), or "unknown"
 * @param frameRate {@code avg_frame_rate}, or {@code r_frame_rate} where that is 0/0, as the reference chooses it
 * @param durationSeconds the file's declared duration, if it declares one
 */
record VideoInfo(String format, String codec, int width, int height, String pixelFormat, FrameRate frameRate,
        OptionalDouble durationSeconds) {

    VideoInfo {
        Objects.requireNonNull(format);
        Objects.requireNonNull(codec);
        Objects.requireNonNull(pixelFormat);
        Objects.requireNonNull(frameRate);
        Objects.requireNonNull(durationSeconds);
    }

    /**
     * Whether frames come from FFmpeg as 8-bit 4:2:0 YUV and are converted here with the formula of the reference's
     * x86 swscale path: what swscale does for {@code yuv420p} with an even height (its "unscaled" special case).
     */
    boolean convertedHere() {
        return "yuv420p".equals(pixelFormat) && height % 2 == 0;
    }

    /** Bytes of one frame as FFmpeg writes it: planar YUV 4:2:0, or packed RGB24. */
    long frameBytes() {
        if (convertedHere()) {
            return (long) width * height + 2L * ((width + 1) / 2) * ((height + 1) / 2);
        }
        return 3L * width * height;
    }
}
