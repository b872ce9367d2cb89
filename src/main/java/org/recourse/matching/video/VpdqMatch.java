package org.recourse.matching.video;

import java.util.OptionalDouble;

/**
 * The comparison of a query video with a target video: how many frames each side kept and how many of those found a
 * match on the other side, the percentages the reference prints, and the verdict.
 */
public record VpdqMatch(int queryKept, int queryMatched, int targetKept, int targetMatched,
        VpdqThresholds thresholds) {

    /** The verdict; python-threatexchange has none where a side kept no frame. */
    public enum Verdict { MATCH, NO_MATCH, NOT_COMPARABLE }

    /**
     * The share of the query's kept frames that match a target frame, in percent. Under the C++ rule it is 0 when
     * either side kept nothing; under python-threatexchange's it is then absent.
     */
    public OptionalDouble queryPercent() {
        return percent(queryMatched, queryKept);
    }

    /** The share of the target's kept frames that match a query frame, in percent (see {@link #queryPercent}). */
    public OptionalDouble targetPercent() {
        return percent(targetMatched, targetKept);
    }

    private OptionalDouble percent(int matched, int kept) {
        if (queryKept == 0 || targetKept == 0) {
            return thresholds.rule() == MatchRule.REFERENCE_CPP ? OptionalDouble.of(0.0) : OptionalDouble.empty();
        }
        // As matchTwoHash.cpp: count * 100.0 / size, in that order, in double.
        return OptionalDouble.of(matched * 100.0 / kept);
    }

    /** {@code %0.2f} as the reference CLI prints it ("99.50"), or "NA" where there is no percentage. */
    public String queryPercentText() {
        return text(queryPercent());
    }

    /** {@code %0.2f} as the reference CLI prints it, or "NA". */
    public String targetPercentText() {
        return text(targetPercent());
    }

    private static String text(OptionalDouble percent) {
        return percent.isPresent() ? ReferenceNumbers.twoDecimals(percent.getAsDouble()) : "NA";
    }

    /** MATCH when the query side reaches its threshold and the target side its own (80 % and 0 % by default). */
    public Verdict verdict() {
        OptionalDouble query = queryPercent();
        OptionalDouble target = targetPercent();
        if (query.isEmpty() || target.isEmpty()) {
            return Verdict.NOT_COMPARABLE;
        }
        return query.getAsDouble() >= thresholds.queryPercent() && target.getAsDouble() >= thresholds.targetPercent()
                ? Verdict.MATCH : Verdict.NO_MATCH;
    }

    public boolean isMatch() {
        return verdict() == Verdict.MATCH;
    }
}
