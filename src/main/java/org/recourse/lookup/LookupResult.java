package org.recourse.lookup;

import java.time.Duration;
import org.recourse.intake.InvalidReferenceException;

/**
 * The answer to a look-up by reference. A reference that does not exist is {@link NotFound}, whatever it looks like,
 * so that nothing can be learnt by trying; a typo caught by the check symbol is {@link Mistyped}, which reveals
 * nothing either (anyone can compute a check symbol).
 *
 * @param <T> what was looked up: a report's status, its receipt
 */
public sealed interface LookupResult<T> {

    record Found<T>(T value) implements LookupResult<T> {
    }

    record NotFound<T>() implements LookupResult<T> {
    }

    /** Not a reference as typed: wrong length or symbols, or a check symbol that does not match. */
    record Mistyped<T>(InvalidReferenceException.Reason reason) implements LookupResult<T> {
    }

    /** Too many slowed look-ups are waiting at once; try again after this long. */
    record Busy<T>(Duration retryAfter) implements LookupResult<T> {
    }
}
