/**
 * What the two outboxes (mail in {@code notification}, webhooks in {@code webhook}) share: a row's way out
 * ({@link org.recourse.platform.outbox.DeliveryState}, embedded in both entities over the same columns), its status and
 * the doubling waits between attempts ({@link org.recourse.platform.outbox.Backoff}). Each outbox keeps what differs:
 * what a row carries, how it is claimed (webhooks keep each item's events in order), how it is sent, and when it is
 * given up.
 */
package org.recourse.platform.outbox;
