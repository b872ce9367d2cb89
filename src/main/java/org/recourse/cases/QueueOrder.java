package org.recourse.cases;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The queue's order, most urgent first: by the earlier of the review-due time and a removal request's legal
 * deadline ({@link Case#queueDueAt}; an overdue case is due in the past, so it comes before every case still within
 * time), then the more severe category, then more reports, then the older case. This is its
 * one definition: the queue page sorts by {@link #jpql}, "take next" ({@link CaseRepository#nextUnclaimed}) by
 * {@link #sql}, both written from the same keys. The index case_file_queue_due serves it.
 */
public final class QueueOrder {

    /** One sort key: the attribute of {@link Case}, its column in case_file, and its direction. */
    private record Key(String attribute, String column, boolean descending) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("queueDueAt", "queue_due_at", false),
            new Key("severity", "severity", true),
            new Key("reportCount", "report_count", true),
            new Key("id", "id", false));

    private QueueOrder() {
    }

    /** The order over a {@code Case} called {@code alias} in JPQL, without "order by". */
    public static String jpql(String alias) {
        return KEYS.stream().map(key -> alias + "." + key.attribute() + (key.descending() ? " desc" : ""))
                .collect(Collectors.joining(", "));
    }

    /** The order over the columns of case_file in SQL, without "order by". */
    static String sql() {
        return KEYS.stream().map(key -> key.column() + (key.descending() ? " desc" : ""))
                .collect(Collectors.joining(", "));
    }
}
