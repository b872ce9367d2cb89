package org.recourse.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting for something a background job does, without guessing how long it takes: look again every 100 ms until
 * it is there (or a generous deadline passes), or keep looking for a while to show that something does NOT happen.
 */
public final class Poll {

    private static final Duration EVERY = Duration.ofMillis(100);

    private Poll() {
    }

    /** Returns the first value that satisfies {@code done}; fails with the last value seen after {@code timeout}. */
    public static <T> T until(Duration timeout, Supplier<T> probe, Predicate<T> done, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T seen = probe.get();
        while (!done.test(seen)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what + "; last saw: " + seen);
            }
            pause();
            seen = probe.get();
        }
        return seen;
    }

    /** Checks {@code ok} again and again for the whole {@code period}; fails as soon as it no longer holds. */
    public static <T> void holdsFor(Duration period, Supplier<T> probe, Predicate<T> ok, String what) {
        Instant end = Instant.now().plus(period);
        do {
            T seen = probe.get();
            if (!ok.test(seen)) {
                throw new AssertionError("Expected " + what + " to hold for " + period.toMillis() + " ms; saw: " + seen);
            }
            pause();
        } while (Instant.now().isBefore(end));
    }

    private static void pause() {
        try {
            Thread.sleep(EVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
