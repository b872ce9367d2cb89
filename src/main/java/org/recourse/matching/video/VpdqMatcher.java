package org.recourse.matching.video;

import java.util.List;
import java.util.Objects;
import org.recourse.matching.hash.PdqHash;

/**
 * Compares two videos frame by frame by brute force, as the reference's {@code match-hashes-brute}: each kept query
 * frame is matched if any kept target frame is near enough, and the other way round. Costs
 * {@code 2 x query frames x target frames} distances at most; stateless and thread-safe.
 */
public final class VpdqMatcher {

    private final VpdqThresholds thresholds;

    public VpdqMatcher(VpdqThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "Thresholds are required.");
    }

    /** The C++ reference's rule with the default thresholds. */
    public static VpdqMatcher reference() {
        return new VpdqMatcher(VpdqThresholds.REFERENCE);
    }

    public VpdqMatch match(VpdqVideo query, VpdqVideo target) {
        MatchRule rule = thresholds.rule();
        List<PdqHash> queryKept = rule.kept(query.frames(), thresholds.quality());
        List<PdqHash> targetKept = rule.kept(target.frames(), thresholds.quality());
        if (queryKept.isEmpty() || targetKept.isEmpty()) {
            return new VpdqMatch(queryKept.size(), 0, targetKept.size(), 0, thresholds);
        }
        return new VpdqMatch(queryKept.size(), matchedIn(queryKept, targetKept), targetKept.size(),
                matchedIn(targetKept, queryKept), thresholds);
    }

    /** How many of {@code frames} are near at least one of {@code others}. */
    private int matchedIn(List<PdqHash> frames, List<PdqHash> others) {
        int matched = 0;
        for (PdqHash frame : frames) {
            for (PdqHash other : others) {
                if (thresholds.rule().within(frame.distanceTo(other), thresholds.distance())) {
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    public VpdqThresholds thresholds() {
        return thresholds;
    }
}
