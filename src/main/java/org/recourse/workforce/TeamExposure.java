package org.recourse.workforce;

import java.util.List;

/**
 * The team's exposure today without anyone's name or cases: how many reviewers looked at revealed items, the total
 * and the median minutes, the most anyone had, how many reached the cap, and how many fall in each quarter of the
 * cap (the last band: at or over it).
 */
public record TeamExposure(int reviewers, long totalMinutes, long medianMinutes, long maxMinutes, int overCap,
        List<Band> bands) {

    /** Reviewers whose minutes today are in [fromMinutes, toMinutes); toMinutes -1: no upper bound. */
    public record Band(long fromMinutes, long toMinutes, int reviewers) {
    }

    static TeamExposure of(List<ExposureDay> days, WellbeingRules rules) {
        List<Long> minutes = days.stream().map(ExposureDay::minutes).filter(m -> m > 0).sorted().toList();
        long cap = Math.max(1, rules.dailyCap().toMinutes());
        long quarter = Math.max(1, cap / 4);
        List<Band> bands = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long from = i * quarter;
            long to = i == 3 ? cap : (i + 1) * quarter;
            bands.add(new Band(from, to, (int) minutes.stream().filter(m -> m >= from && m < to).count()));
        }
        bands.add(new Band(cap, -1, (int) minutes.stream().filter(m -> m >= cap).count()));
        long median = minutes.isEmpty() ? 0 : minutes.get((minutes.size() - 1) / 2);
        return new TeamExposure(minutes.size(), minutes.stream().mapToLong(Long::longValue).sum(), median,
                minutes.isEmpty() ? 0 : minutes.get(minutes.size() - 1), (int) minutes.stream().filter(m -> m >= cap)
                        .count(), List.copyOf(bands));
    }
}
