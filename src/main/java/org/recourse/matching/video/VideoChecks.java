package org.recourse.matching.video;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.recourse.matching.video.VideoRefusedException.Reason;

/** The checks of a video's declarations against the limits, before any frame is decoded. */
final class VideoChecks {

    /** PDQ's smallest side: the reference fails on a smaller frame. */
    static final int MIN_SIDE = 5;

    private VideoChecks() {
    }

    /** The probe's facts, if every one is within the limits. */
    static VideoInfo checked(VideoInfo info, VideoLimits limits) {
        if (VideoFormats.decoderFor(info.codec()).isEmpty()) {
            throw new VideoRefusedException(Reason.CODEC, "The video is " + info.codec() + ", which is not decoded "
                    + "here.", info.codec(), VideoFormats.videoCodecs());
        }
        int width = info.width();
        int height = info.height();
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new VideoRefusedException(Reason.TOO_SMALL, "A " + width + "x" + height + " video is too small "
                    + "for PDQ.", width, height);
        }
        if (width > limits.maxSide() || height > limits.maxSide()) {
            throw new VideoRefusedException(Reason.FRAME_SIDE, "A " + width + "x" + height + " frame has a side over "
                    + limits.maxSide() + ".", width, height, limits.maxSide());
        }
        if ((long) width * height > limits.maxPixels()) {
            throw new VideoRefusedException(Reason.FRAME_SIZE, "A " + width + "x" + height + " frame is over "
                    + limits.maxPixels() + " pixels.", width, height, megapixels(limits.maxPixels()));
        }
        double rate = info.frameRate().perSecond();
        if (rate > limits.maxFrameRate()) {
            throw new VideoRefusedException(Reason.FRAME_RATE, "The video declares " + info.frameRate()
                    + " frames a second.", rounded(rate), rounded(limits.maxFrameRate()));
        }
        if (info.durationSeconds().isPresent() && info.durationSeconds().getAsDouble()
                > limits.maxDuration().toSeconds()) {
            throw new VideoRefusedException(Reason.DURATION, "The video declares "
                    + info.durationSeconds().getAsDouble() + " s.", Math.round(info.durationSeconds().getAsDouble()),
                    limits.maxDuration().toSeconds());
        }
        return info;
    }

    static VideoRefusedException tooLarge(long size, VideoLimits limits) {
        return new VideoRefusedException(Reason.BYTES, "The video is over " + limits.maxBytes() + " bytes.",
                megabytes(size), megabytes(limits.maxBytes()));
    }

    private static BigDecimal megapixels(long pixels) {
        return BigDecimal.valueOf(pixels, 6).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes * 10 / (1024 * 1024), 1);
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
