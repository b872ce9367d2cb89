package org.recourse.review.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The items this signed-in reviewer chose to look at in full, in this session (each choice is in the audit log),
 * each until the moment it is blurred again by itself. The media servlet sends an item's full-size file only while
 * it is here: a guessed address gets nothing, a reveal ends with its time, after the decision or when the reviewer
 * blurs it again, and a new session starts blurred.
 */
@SessionScoped
public class RevealedItems implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, Instant> items = new ConcurrentHashMap<>();

    /** Reveals an item until {@code until}. */
    public void add(long itemId, Instant until) {
        items.put(itemId, until);
    }

    /** Blurs the item again (the reviewer asked, or decided on it). */
    public void remove(long itemId) {
        items.remove(itemId);
    }

    /** Whether the item is revealed at {@code now}; a reveal that ran out is forgotten. */
    public boolean contains(long itemId, Instant now) {
        Instant until = items.get(itemId);
        if (until != null && !now.isBefore(until)) {
            items.remove(itemId, until);
            return false;
        }
        return until != null;
    }

    /** When the item's reveal ends, or null when it is not revealed. */
    public Instant until(long itemId) {
        return items.get(itemId);
    }
}
