package org.recourse.screening.partners;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One banned-uploader signal as it travels: the kind of identifier, its keyed hash, the reason category (a code, the
 * sender's taxonomy: this portal writes its case categories, or {@code staff_decision} for a ban by hand) and the day
 * of the ban (a day, not a time: enough to weigh it, less to learn from it).
 */
public record SharedSignal(IdentifierKind kind, String hash, String reason, LocalDate bannedOn) {

    static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    static final Pattern REASON = Pattern.compile("[a-z][a-z0-9_]{0,47}");

    public SharedSignal {
        Objects.requireNonNull(kind, "A kind is required.");
        Objects.requireNonNull(bannedOn, "A date is required.");
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("A hash is 64 lower-case hex digits");
        }
        if (reason == null || !REASON.matcher(reason).matches()) {
            throw new IllegalArgumentException("A reason is a lower-case code of at most 48 characters");
        }
    }
}
