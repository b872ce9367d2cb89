package org.recourse.platform.i18n;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Objects;

/**
 * Moments and spans as a reader writes them, in their language and time zone: "Dec 6, 2026, 3:02 PM CET", "4 min
 * ago", "due in 55 min", "overdue by 2 h 5 min". Pure: the caller gives the messages, the zone and "now".
 */
public final class ReadableTime {

    private final Messages messages;
    private final ZoneId zone;
    private final Instant now;

    public ReadableTime(Messages messages, ZoneId zone, Instant now) {
        this.messages = Objects.requireNonNull(messages, "messages are required");
        this.zone = Objects.requireNonNull(zone, "a time zone is required");
        this.now = Objects.requireNonNull(now, "now is required");
    }

    /** The moment on the reader's clock, naming the zone so that a screenshot shared across zones stays exact. */
    public String at(Instant instant) {
        if (instant == null) {
            return "–";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone).format(instant)
                + " " + zone.getDisplayName(TextStyle.SHORT, messages.locale());
    }

    /** "just now", "4 min ago", "3 days ago" (a moment in the future reads as "in …"). */
    public String ago(Instant instant) {
        if (instant == null) {
            return "–";
        }
        Duration since = Duration.between(instant, now);
        if (since.abs().compareTo(Duration.ofMinutes(1)) < 0) {
            return messages.get("time.justNow");
        }
        return since.isNegative() ? messages.get("time.in", span(since.negated()))
                : messages.get("time.ago", span(since));
    }

    /** A deadline: "due in 55 min", "due now", "overdue now" (passed, within a minute), "overdue by 5 min". */
    public String due(Instant deadline) {
        if (deadline == null) {
            return "–";
        }
        Duration left = Duration.between(now, deadline);
        if (left.abs().compareTo(Duration.ofMinutes(1)) < 0) {
            return messages.get(deadline.isAfter(now) ? "time.dueNow" : "time.overdueNow");
        }
        return left.isNegative() ? messages.get("time.overdueBy", span(left.negated()))
                : messages.get("time.dueIn", span(left));
    }

    /** Whether a deadline has passed. */
    public boolean passed(Instant deadline) {
        return deadline != null && !deadline.isAfter(now);
    }

    /**
     * A span in the largest units that still read exactly enough: "55 min", "2 h 5 min", "3 days" (from two days on,
     * minutes no longer matter to a reader).
     */
    public String span(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return messages.get("time.span.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return minutes % 60 == 0 ? messages.get("time.span.hours", minutes / 60)
                    : messages.get("time.span.hoursMinutes", minutes / 60, minutes % 60);
        }
        return messages.get("time.span.days", minutes / (24 * 60));
    }

    public ZoneId zone() {
        return zone;
    }
}
