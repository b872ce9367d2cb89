package org.recourse.workforce;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.recourse.triage.ImageryLimit;

/**
 * The organisation's limits on exposure: a cap per day, and a break of {@code breakLength} after a stretch of
 * {@code stretch} of exposure. Over the cap, or in a stretch that asks for a break, "take next" offers only cases
 * without imagery (or, with none waiting, asks for a break); the cap holds until the day ends, the break until the
 * reviewer has had {@code breakLength} with nothing revealed.
 */
public record WellbeingRules(Duration dailyCap, Duration stretch, Duration breakLength) {

    public WellbeingRules {
        Objects.requireNonNull(dailyCap, "The daily cap is required.");
        Objects.requireNonNull(stretch, "The stretch is required.");
        Objects.requireNonNull(breakLength, "The break's length is required.");
        if (dailyCap.isNegative() || dailyCap.isZero() || stretch.isNegative() || stretch.isZero()
                || breakLength.isNegative() || breakLength.isZero()) {
            throw new IllegalArgumentException("The cap, the stretch and the break must be positive.");
        }
    }

    /** What limits this reviewer now: the day's cap first (it lasts longer), then a break due. */
    public ImageryLimit limit(ExposureDay day) {
        if (day.total().compareTo(dailyCap) >= 0) {
            return ImageryLimit.DAILY_CAP;
        }
        if (day.stretch().compareTo(stretch) >= 0) {
            return ImageryLimit.BREAK_DUE;
        }
        return ImageryLimit.NONE;
    }

    /** When a break due is over: the break's length after the last exposure; null when none is due. */
    public Instant breakOverAt(ExposureDay day) {
        return limit(day) == ImageryLimit.BREAK_DUE ? day.lastExposure().plus(breakLength) : null;
    }
}
