package org.recourse.performers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a person agreed to: the uses (each line one, as the platform wrote them), the day, how it was given, and,
 * when the consent was given for a time, its last day.
 */
public record Consent(List<String> scope, LocalDate givenOn, ConsentForm form, LocalDate until) {

    public Consent {
        scope = List.copyOf(Objects.requireNonNull(scope, "A scope is required."));
        Objects.requireNonNull(givenOn, "The day consent was given is required.");
        Objects.requireNonNull(form, "How consent was given is required.");
    }

    /** Whether the consent covers this day: given by then, and not past its last day. */
    public boolean coversDay(LocalDate day) {
        return !givenOn.isAfter(day) && (until == null || !until.isBefore(day));
    }
}
