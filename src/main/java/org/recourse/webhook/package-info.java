/**
 * Takedown webhooks: every visibility change (and, with stay-down, every uploader ban) is told to the platform's
 * endpoints as signed JSON, at least once, in order per item, through an outbox that survives the platform being down.
 */
package org.recourse.webhook;
