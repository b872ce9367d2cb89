package org.recourse.performers;

import java.time.LocalDate;
import java.util.Objects;

/** How a person's age and identity were checked: the method, the day, who checked (a name or a vendor). */
public record Verification(VerificationMethod method, LocalDate on, String by) {

    public Verification {
        Objects.requireNonNull(method, "A verification method is required.");
        Objects.requireNonNull(on, "A verification date is required.");
        Objects.requireNonNull(by, "Who verified is required.");
    }
}
