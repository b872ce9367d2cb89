package org.recourse.matching.video;

import java.util.List;
import java.util.Objects;

/**
 * A video's vPDQ signature: its hashed frames in ascending frame order. An empty list is a valid signature (a video
 * whose sampled frames were all dropped, or a file with no frame); it matches nothing.
 */
public record VpdqVideo(List<VpdqFrame> frames) {

    public VpdqVideo {
        frames = List.copyOf(Objects.requireNonNull(frames, "The frames are required."));
        for (int i = 1; i < frames.size(); i++) {
            if (frames.get(i).frameNumber() <= frames.get(i - 1).frameNumber()) {
                throw new IllegalArgumentException("Frames are in ascending order of frame number: "
                        + frames.get(i).frameNumber() + " follows " + frames.get(i - 1).frameNumber() + ".");
            }
        }
    }

    public int size() {
        return frames.size();
    }
}
