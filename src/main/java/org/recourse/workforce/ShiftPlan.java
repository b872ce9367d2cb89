package org.recourse.workforce;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The day's shifts in the staff's time zone, each from its start to the next one's (the last runs past midnight to
 * the first), e.g. {@code 06:00,14:00,22:00}: three eight-hour shifts. A shift on a day that changes the clocks is
 * an hour shorter or longer, as the people working it live it.
 */
public record ShiftPlan(List<LocalTime> starts, ZoneId zone) {

    public ShiftPlan {
        Objects.requireNonNull(zone, "A time zone is required.");
        starts = List.copyOf(starts);
        if (starts.isEmpty() || starts.size() > 24) {
            throw new IllegalArgumentException("Between 1 and 24 shifts a day.");
        }
        for (int i = 1; i < starts.size(); i++) {
            if (!starts.get(i).isAfter(starts.get(i - 1))) {
                throw new IllegalArgumentException("Shift starts must be in order within the day: " + starts + ".");
            }
        }
        if (starts.stream().anyMatch(start -> start.getMinute() != 0 || start.getSecond() != 0 || start.getNano() != 0)) {
            throw new IllegalArgumentException("Shifts start on the hour: " + starts + ".");
        }
    }

    /** Reads {@code "06:00,14:00,22:00"}; a malformed list is refused with the reason. */
    public static ShiftPlan parse(String starts, ZoneId zone) {
        List<LocalTime> times = Arrays.stream(starts.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(LocalTime::parse).toList();
        return new ShiftPlan(times, zone);
    }

    public int perDay() {
        return starts.size();
    }

    /** One shift of one day: where it starts and ends (exclusive). */
    public record Occurrence(LocalDate date, int index, ZonedDateTime start, ZonedDateTime end) {

        /** The whole hours of the shift, as their starts. */
        public List<ZonedDateTime> hours() {
            List<ZonedDateTime> hours = new ArrayList<>();
            for (ZonedDateTime hour = start; hour.isBefore(end); hour = hour.plusHours(1)) {
                hours.add(hour);
            }
            return hours;
        }

        public Duration length() {
            return Duration.between(start, end);
        }
    }

    /** The shift {@code index} of {@code date}. */
    public Occurrence occurrence(LocalDate date, int index) {
        ZonedDateTime start = date.atTime(starts.get(index)).atZone(zone);
        ZonedDateTime end = index + 1 < starts.size() ? date.atTime(starts.get(index + 1)).atZone(zone)
                : date.plusDays(1).atTime(starts.get(0)).atZone(zone);
        return new Occurrence(date, index, start, end);
    }

    /** Every shift of {@code days} days from {@code first}, in order. */
    public List<Occurrence> occurrences(LocalDate first, int days) {
        List<Occurrence> all = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            for (int index = 0; index < starts.size(); index++) {
                all.add(occurrence(first.plusDays(day), index));
            }
        }
        return all;
    }
}
