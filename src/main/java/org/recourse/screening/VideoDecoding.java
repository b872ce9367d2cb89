package org.recourse.screening;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.matching.video.FfmpegTools;
import org.recourse.matching.video.VideoFingerprinting;
import org.recourse.matching.video.VideoLimits;
import org.recourse.matching.video.VpdqHasher;

/**
 * The node's one way of fingerprinting outside videos (content registered, uploads screened, bank lists), as a bean:
 * the limits come from the settings ({@code recourse.video.*}), and decoding shares the pictures' memory budget, so
 * that pictures and videos together never take more of the heap than {@code recourse.images.decode-memory}. FFmpeg is
 * unpacked on the first video, not at start.
 */
@ApplicationScoped
public class VideoDecoding {

    @Inject
    @ConfigProperty(name = "recourse.video.max-bytes", defaultValue = "268435456")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "recourse.video.max-pixels", defaultValue = "8294400")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "recourse.video.max-side", defaultValue = "8192")
    int maxSide;

    @Inject
    @ConfigProperty(name = "recourse.video.max-frame-rate", defaultValue = "240")
    double maxFrameRate;

    @Inject
    @ConfigProperty(name = "recourse.video.max-duration", defaultValue = "PT1H")
    String maxDuration;

    @Inject
    @ConfigProperty(name = "recourse.video.max-frames", defaultValue = "216000")
    long maxFrames;

    @Inject
    @ConfigProperty(name = "recourse.video.wall-clock", defaultValue = "PT2M")
    String wallClock;

    @Inject
    @ConfigProperty(name = "recourse.video.process-memory", defaultValue = "2147483648")
    long processMemory;

    @Inject
    @ConfigProperty(name = "recourse.video.decode-wait", defaultValue = "PT5S")
    String decodeWait;

    @Inject
    PictureDecoding pictures;

    private VideoLimits limits;
    private volatile VideoFingerprinting fingerprinting;

    @PostConstruct
    void configure() {
        // Checked at start, so a wrong setting stops the node instead of the first video.
        limits = new VideoLimits(maxBytes, maxPixels, maxSide, maxFrameRate, Duration.parse(maxDuration), maxFrames,
                Duration.parse(wallClock), processMemory);
    }

    /** What every request that fingerprints a video shares. */
    @Produces
    VideoFingerprinting fingerprinting() {
        VideoFingerprinting current = fingerprinting;
        if (current == null) {
            synchronized (this) {
                if (fingerprinting == null) {
                    fingerprinting = new VideoFingerprinting(new VpdqHasher(FfmpegTools.locate(), pictures.budget(),
                            Duration.parse(decodeWait), 1), limits);
                }
                current = fingerprinting;
            }
        }
        return current;
    }

    public VideoLimits limits() {
        return limits;
    }
}
