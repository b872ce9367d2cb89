package org.recourse.matching.video;

import java.util.Objects;

/**
 * The settings of a vPDQ comparison: the frame rule, the distance and quality thresholds, and the percentages that
 * make a match.
 *
 * @param rule how frames are kept and compared ({@link MatchRule#REFERENCE_CPP} by default)
 * @param distance frames match below (C++) or up to (Python) this many differing bits; 31 in both references
 * @param quality frames under this PDQ quality are ignored; 50 in both references
 * @param queryPercent a match needs at least this share of the query's frames matched; 80 (python-threatexchange)
 * @param targetPercent and at least this share of the target's; 0 (python-threatexchange)
 */
public record VpdqThresholds(MatchRule rule, int distance, int quality, double queryPercent, double targetPercent) {

    /** The C++ matcher's frame rule with python-threatexchange's verdict: 31 bits (strict), quality 50, 80 % / 0 %. */
    public static final VpdqThresholds REFERENCE = new VpdqThresholds(MatchRule.REFERENCE_CPP, 31, 50, 80.0, 0.0);

    /** python-threatexchange throughout: de-duplicated frames, 31 bits inclusive, quality 50, 80 % / 0 %. */
    public static final VpdqThresholds PYTHON_THREATEXCHANGE = new VpdqThresholds(MatchRule.PYTHON_THREATEXCHANGE, 31,
            50, 80.0, 0.0);

    public VpdqThresholds {
        Objects.requireNonNull(rule, "A match rule is required.");
        if (distance < 0 || distance > 256) {
            throw new IllegalArgumentException("A distance threshold is 0 to 256 bits, not " + distance + ".");
        }
        if (quality < 0 || quality > 101) {
            throw new IllegalArgumentException("A quality threshold is 0 to 101, not " + quality + ".");
        }
        if (!(queryPercent >= 0 && queryPercent <= 100 && targetPercent >= 0 && targetPercent <= 100)) {
            throw new IllegalArgumentException("Match percentages are 0 to 100, not " + queryPercent + " and "
                    + targetPercent + ".");
        }
    }

    /** The same with another frame rule. */
    public VpdqThresholds withRule(MatchRule other) {
        return new VpdqThresholds(other, distance, quality, queryPercent, targetPercent);
    }
}
