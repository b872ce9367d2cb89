package org.recourse.evidence.retention;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Who asks to place or release a hold, or to shred a record by hand: a staff username and whether they hold the LEGAL
 * role. Admins create LEGAL accounts but do not hold the role, so an admin is refused like anyone else.
 */
public record LegalActor(String username, boolean legal) {

    /** The role's name, as web.xml and the staff table spell it. */
    public static final String ROLE = "LEGAL";

    public LegalActor {
        Objects.requireNonNull(username, "A username is required.");
    }

    /** From the signed-in user's name and the container's role check. */
    public static LegalActor of(String username, Predicate<String> hasRole) {
        return new LegalActor(username == null ? "" : username, username != null && hasRole.test(ROLE));
    }

    void requireLegal() {
        if (!legal || username.isBlank()) {
            throw new HoldRefusedException("evidence.holds.error.legalOnly");
        }
    }
}
