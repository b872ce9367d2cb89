package org.recourse.performers;

/**
 * What registering a record did: made it ({@code reference} is then the withdrawal reference, given this once), or
 * found the same record already there (a retry; {@code reference} is null: ask for a new one if it was lost).
 */
public record Registered(RecordState state, WithdrawalReference reference, boolean created) {
}
