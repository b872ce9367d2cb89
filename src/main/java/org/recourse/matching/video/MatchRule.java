package org.recourse.matching.video;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recourse.matching.hash.PdqHash;

/**
 * How two videos' frames are compared: the reference C++ matcher's rule, or python-threatexchange's. They differ in
 * two ways, and the figures differ with them (e.g. 71.00 % against 56.06 % for a trimmed Game of Life).
 */
public enum MatchRule {

    /**
     * {@code matchTwoHash.cpp}: keep frames of at least the quality, every one of them (a frame repeated 50 times
     * counts 50 times), and a frame matches when its distance is strictly below the threshold (30 bits at most for
     * 31).
     */
    REFERENCE_CPP {
        @Override
        boolean within(int distance, int threshold) {
            return distance < threshold;
        }

        @Override
        List<PdqHash> kept(List<VpdqFrame> frames, int minimumQuality) {
            List<PdqHash> kept = new ArrayList<>(frames.size());
            for (VpdqFrame frame : frames) {
                if (frame.hasQuality(minimumQuality)) {
                    kept.add(frame.hash());
                }
            }
            return kept;
        }
    },

    /**
     * python-threatexchange ({@code vpdq_brute_matcher.py}) and {@code vpdq/README.md}: keep the first frame of each
     * distinct hash, then drop those under the quality, and a frame matches at a distance up to the threshold,
     * inclusive. A side with no frame left has no percentage (python-threatexchange divides by zero).
     */
    PYTHON_THREATEXCHANGE {
        @Override
        boolean within(int distance, int threshold) {
            return distance <= threshold;
        }

        @Override
        List<PdqHash> kept(List<VpdqFrame> frames, int minimumQuality) {
            Set<PdqHash> seen = new HashSet<>();
            List<PdqHash> kept = new ArrayList<>(frames.size());
            for (VpdqFrame frame : frames) {
                if (seen.add(frame.hash()) && frame.hasQuality(minimumQuality)) {
                    kept.add(frame.hash());
                }
            }
            return kept;
        }
    };

    /** Whether two frames this many bits apart match under a threshold. */
    abstract boolean within(int distance, int threshold);

    /** The hashes of the frames this rule compares, in frame order. */
    abstract List<PdqHash> kept(List<VpdqFrame> frames, int minimumQuality);
}
