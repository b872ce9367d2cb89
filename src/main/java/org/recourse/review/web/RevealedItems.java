package org.recourse.review.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The items this signed-in reviewer chose to look at in full, in this session (each choice is in the audit log).
 * The media servlet sends an item's full-size file only once it is here: a guessed address gets nothing, and a new
 * session starts blurred again.
 */
@SessionScoped
public class RevealedItems implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Long> items = ConcurrentHashMap.newKeySet();

    public void add(long itemId) {
        items.add(itemId);
    }

    public boolean contains(long itemId) {
        return items.contains(itemId);
    }
}
