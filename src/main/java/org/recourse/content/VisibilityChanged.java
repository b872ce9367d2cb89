package org.recourse.content;

import java.time.Instant;

/**
 * An item's visibility just changed, in the transaction that changed it: observers act in that same transaction
 * (the platform's webhook is queued exactly when the change is committed).
 *
 * @param sequence how many times the item's visibility has changed, this time included
 */
public record VisibilityChanged(long contentItemId, String platformContentId, Visibility visibility, Instant since,
        long sequence) {
}
