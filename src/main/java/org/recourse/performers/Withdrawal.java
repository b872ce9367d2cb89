package org.recourse.performers;

import java.time.Instant;

/**
 * What a withdrawal did, as the person and the platform are told: when, through which door, how many linked items
 * are now hidden pending review, and the reference of the report that hid them (null when no linked item was
 * registered yet). {@code already}: the consent had been withdrawn before; nothing was done again.
 */
public record Withdrawal(String recordId, Instant withdrawnAt, WithdrawalChannel via, int itemsHidden,
        String reportReference, boolean already) {
}
