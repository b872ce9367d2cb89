package org.recourse.transparency;

import java.util.Objects;

/**
 * One published figure: its name (the key of its title and explanation in the messages, and its column in the
 * downloads), what it measures, and the one native query that gives it for a month. Every query takes the month's
 * start as {@code ?1} and its end (exclusive) as {@code ?2}, and returns the category code first:
 * <ul>
 * <li>{@link Kind#COUNT}: {@code category, count} grouped by category;</li>
 * <li>{@link Kind#TIME}: {@code category, start, end} one row a case (ends that are null are not counted);</li>
 * <li>{@link Kind#SHARE}: {@code category, count, within} grouped by category.</li>
 * </ul>
 */
public record Series(String name, Kind kind, String sql) {

    /** What a series measures. */
    public enum Kind {
        COUNT, TIME, SHARE
    }

    public Series {
        Objects.requireNonNull(name, "A name is required.");
        Objects.requireNonNull(kind, "A kind is required.");
        Objects.requireNonNull(sql, "A query is required.");
        if (!name.matches("[a-z][a-z0-9_]{1,47}")) {
            throw new IllegalArgumentException("A series name is a lower-case identifier: " + name);
        }
    }

    public static Series count(String name, String sql) {
        return new Series(name, Kind.COUNT, sql);
    }

    public static Series time(String name, String sql) {
        return new Series(name, Kind.TIME, sql);
    }

    public static Series share(String name, String sql) {
        return new Series(name, Kind.SHARE, sql);
    }
}
