package org.recourse.matching.video;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The product's way of fingerprinting a video: vPDQ at {@link VpdqHasher#ONE_PER_SECOND}, under the node's limits.
 * One object per node, shared by registration, screening and the banks, so that every door decodes under the same
 * limits and the same memory budget.
 */
public record VideoFingerprinting(VpdqHasher hasher, VideoLimits limits) {

    public VideoFingerprinting {
        Objects.requireNonNull(hasher, "A hasher is required.");
        Objects.requireNonNull(limits, "Limits are required.");
    }

    /**
     * @throws VideoRefusedException if it is not a video decoded here, or is over a limit
     */
    public VpdqVideo of(Path file) {
        return hasher.hash(file, limits, VpdqHasher.ONE_PER_SECOND);
    }

    /** Copies the stream to a private temporary file, at most {@link VideoLimits#maxBytes()} of it, and hashes it. */
    public VpdqVideo of(InputStream video) {
        return hasher.hash(video, limits, VpdqHasher.ONE_PER_SECOND);
    }

    public VpdqVideo of(byte[] video) {
        return of(new ByteArrayInputStream(video));
    }
}
