package org.recourse.platform.settings;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Produces the clock that the domain uses. */
@jakarta.enterprise.context.ApplicationScoped
public class PolicyProducer {

    /**
     * The one clock of the application: domain code takes time from here, never from {@code Instant.now()}. It ticks
     * in microseconds, what both databases store, so a time the API answers at once reads the same when asked again.
     */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
