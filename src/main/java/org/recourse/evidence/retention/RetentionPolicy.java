package org.recourse.evidence.retention;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which jurisdictions' laws apply to this platform and how long each keeps a reported record. A record is due for
 * purging only when every applicable jurisdiction's clock has started and run out; with no jurisdiction (setting
 * {@code NONE}) nothing is ever due and a person decides. A period shorter than the statute is refused unless an
 * override with a written reason is given for that jurisdiction, as the strike policy refuses to weaken the ban for
 * child sexual imagery.
 */
public final class RetentionPolicy {

    /** The default: the United States' one year. */
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(EnumSet.of(Jurisdiction.US), Map.of(), Map.of());

    private final Set<Jurisdiction> applicable;
    private final Map<Jurisdiction, Period> periods;

    /**
     * @param applicable the jurisdictions whose law applies (empty: none, a person decides)
     * @param periods a period per jurisdiction; the statutory minimum for those not given
     * @param belowStatute a written reason per jurisdiction whose period may be shorter than the statute
     * @throws IllegalArgumentException naming the setting, for a period that is not positive, or shorter than the
     *     statute without a reason
     */
    public RetentionPolicy(Set<Jurisdiction> applicable, Map<Jurisdiction, Period> periods,
            Map<Jurisdiction, String> belowStatute) {
        this.applicable = applicable.isEmpty() ? EnumSet.noneOf(Jurisdiction.class) : EnumSet.copyOf(applicable);
        this.periods = new EnumMap<>(Jurisdiction.class);
        for (Jurisdiction jurisdiction : Jurisdiction.values()) {
            Period period = periods.getOrDefault(jurisdiction, jurisdiction.statutoryMinimum());
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException(jurisdiction.setting() + " must be a positive period, not "
                        + period + ".");
            }
            String reason = belowStatute.get(jurisdiction);
            if (!atLeast(period, jurisdiction.statutoryMinimum()) && (reason == null || reason.isBlank())) {
                throw new IllegalArgumentException(jurisdiction.setting() + "=" + period + " is shorter than "
                        + jurisdiction.statute() + " asks (" + jurisdiction.statutoryMinimum() + "); set "
                        + jurisdiction.setting() + ".below-statute to the reason if that is really meant.");
            }
            this.periods.put(jurisdiction, period);
        }
    }

    /**
     * Whether {@code period} is at least {@code minimum} whatever the calendar: months and days each at least as
     * many, or the shortest the period can be (365-day years, 28-day months) no shorter than the longest the minimum
     * can be (366-day years, 31-day months). P365D is not a year (a leap year is longer); P12M is.
     */
    public static boolean atLeast(Period period, Period minimum) {
        long months = period.toTotalMonths();
        long minimumMonths = minimum.toTotalMonths();
        if (months >= minimumMonths && period.getDays() >= minimum.getDays()) {
            return true;
        }
        return shortestDays(period) >= longestDays(minimum);
    }

    private static long shortestDays(Period period) {
        long months = period.toTotalMonths();
        return months / 12 * 365 + months % 12 * 28 + period.getDays();
    }

    private static long longestDays(Period period) {
        long months = period.toTotalMonths();
        return months / 12 * 366 + months % 12 * 31 + period.getDays();
    }

    /** The jurisdictions that apply; empty when none does. */
    public Set<Jurisdiction> applicable() {
        return applicable.isEmpty() ? Set.of() : EnumSet.copyOf(applicable);
    }

    public Period period(Jurisdiction jurisdiction) {
        return periods.get(Objects.requireNonNull(jurisdiction, "A jurisdiction is required."));
    }

    /** When a clock started at {@code start} runs out under the period in force now (calendar arithmetic in UTC). */
    public Instant purgeAfter(Jurisdiction jurisdiction, Instant start) {
        return start.atOffset(ZoneOffset.UTC).plus(period(jurisdiction)).toInstant();
    }

    /**
     * When every applicable clock of a record has run out: for each applicable jurisdiction, the latest of its
     * clocks (a second report starts a new period); for each clock, the later of the date stored when it started and
     * the date the period in force now gives (a setting made longer applies to clocks already running, a shorter one
     * never cuts them). Empty while an applicable clock has not started, or when no jurisdiction applies.
     */
    public Optional<Instant> purgeAfter(Collection<StartedClock> clocks) {
        if (applicable.isEmpty()) {
            return Optional.empty();
        }
        Instant latest = null;
        for (Jurisdiction jurisdiction : applicable) {
            Optional<Instant> end = clocks.stream().filter(clock -> clock.jurisdiction() == jurisdiction)
                    .map(this::runsOut).max(Instant::compareTo);
            if (end.isEmpty()) {
                return Optional.empty();
            }
            latest = latest == null || end.get().isAfter(latest) ? end.get() : latest;
        }
        return Optional.of(latest);
    }

    private Instant runsOut(StartedClock clock) {
        Instant now = purgeAfter(clock.jurisdiction(), clock.startedAt());
        return now.isAfter(clock.purgeAfter()) ? now : clock.purgeAfter();
    }

    /**
     * Whether a LEGAL user may shred a record by hand now, and if not why (a messages key): never while a hold is
     * active, nor while a clock of an applicable jurisdiction runs (the statute asks the record be kept until then);
     * otherwise yes (no law applies, it was never reported, or every clock ran out).
     */
    public Optional<String> handShredRefusal(Collection<StartedClock> clocks, int activeHolds, Instant now) {
        if (activeHolds > 0) {
            return Optional.of("evidence.holds.error.heldNoShred");
        }
        boolean running = clocks.stream().filter(clock -> applicable.contains(clock.jurisdiction()))
                .anyMatch(clock -> now.isBefore(runsOut(clock)));
        return running ? Optional.of("evidence.holds.error.clockRunning") : Optional.empty();
    }

    /** Where a record stands at {@code now}, from its started clocks and its active holds. */
    public RetentionStatus status(Collection<StartedClock> clocks, int activeHolds, Instant now) {
        EnumSet<Jurisdiction> waiting = EnumSet.noneOf(Jurisdiction.class);
        for (Jurisdiction jurisdiction : applicable) {
            if (clocks.stream().noneMatch(clock -> clock.jurisdiction() == jurisdiction)) {
                waiting.add(jurisdiction);
            }
        }
        Instant purgeAfter = purgeAfter(clocks).orElse(null);
        RetentionStatus.State state;
        if (activeHolds > 0) {
            state = RetentionStatus.State.HELD;
        } else if (purgeAfter == null) {
            state = RetentionStatus.State.KEPT;
        } else {
            state = now.isBefore(purgeAfter) ? RetentionStatus.State.RUNNING : RetentionStatus.State.PURGE_DUE;
        }
        return new RetentionStatus(state, purgeAfter, waiting, activeHolds);
    }
}
