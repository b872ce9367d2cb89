package org.recourse.statements;

import java.time.Instant;

/**
 * What the uploader can do about it: appeal until a deadline, at an address (the platform's, which forwards the appeal
 * to Recourse). {@link #NONE} for a restoration, which restricts nothing.
 */
public record Redress(Instant appealUntil, String address) {

    public static final Redress NONE = new Redress(null, null);

    public boolean appealOpen() {
        return appealUntil != null;
    }
}
