package org.recourse.triage;

/** The numbers above the queue. */
public record QueueTotals(long open, long overdue, long dueWithinHour) {
}
