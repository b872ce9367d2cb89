package org.recourse.workforce;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A reviewer's exposure over a period (a day in the staff's zone): the time at least one revealed item was on
 * screen, two items revealed at once counting once, and the current stretch, the exposure since the last break (a
 * gap of at least the break's length with nothing revealed).
 */
public record ExposureDay(Duration total, Duration stretch, Instant lastExposure) {

    public static final ExposureDay NONE = new ExposureDay(Duration.ZERO, Duration.ZERO, null);

    /** The exposure of these spans within [from, to), as known at {@code now}; {@code breakLength} ends a stretch. */
    public static ExposureDay of(List<ExposureSpan> spans, Instant from, Instant to, Instant now, Duration breakLength) {
        List<Instant[]> merged = merge(spans, from, to, now);
        Duration total = Duration.ZERO;
        Duration stretch = Duration.ZERO;
        Instant previousEnd = null;
        for (Instant[] interval : merged) {
            if (previousEnd != null && Duration.between(previousEnd, interval[0]).compareTo(breakLength) >= 0) {
                stretch = Duration.ZERO;
            }
            Duration length = Duration.between(interval[0], interval[1]);
            total = total.plus(length);
            stretch = stretch.plus(length);
            previousEnd = interval[1];
        }
        if (previousEnd != null && Duration.between(previousEnd, now).compareTo(breakLength) >= 0) {
            stretch = Duration.ZERO;
        }
        return new ExposureDay(total, stretch, previousEnd);
    }

    /** The union of the spans clipped to [from, min(to, now)), in order. */
    private static List<Instant[]> merge(List<ExposureSpan> spans, Instant from, Instant to, Instant now) {
        Instant limit = to.isBefore(now) ? to : now;
        List<Instant[]> clipped = new ArrayList<>();
        for (ExposureSpan span : spans) {
            Instant start = span.revealedAt().isBefore(from) ? from : span.revealedAt();
            Instant end = span.end(now).isAfter(limit) ? limit : span.end(now);
            if (start.isBefore(end)) {
                clipped.add(new Instant[] {start, end});
            }
        }
        clipped.sort(Comparator.comparing(interval -> interval[0]));
        List<Instant[]> merged = new ArrayList<>();
        for (Instant[] interval : clipped) {
            Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !interval[0].isAfter(last[1])) {
                last[1] = interval[1].isAfter(last[1]) ? interval[1] : last[1];
            } else {
                merged.add(new Instant[] {interval[0], interval[1]});
            }
        }
        return merged;
    }

    /** Whole minutes, rounded down, as the pages and the CSV show them. */
    public long minutes() {
        return total.toMinutes();
    }
}
