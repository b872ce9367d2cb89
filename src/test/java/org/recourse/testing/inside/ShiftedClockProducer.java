package org.recourse.testing.inside;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Replaces the application's one clock, in a test deployment only: the real time (in microseconds, as the
 * application's) plus an offset the test moves forward through {@link TestOnlyServlet}. Only ever forward, so that
 * nothing the portal stored is in the future of its own clock.
 */
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ShiftedClockProducer {

    static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    @Produces
    @Singleton
    Clock clock() {
        return new Shifted();
    }

    /** Moves every clock of the application forward. */
    static Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward.");
        }
        OFFSET.accumulateAndGet(by, Duration::plus);
        return new Shifted().instant();
    }

    /** The system clock ticking in microseconds, plus the offset. */
    static final class Shifted extends Clock {

        private static final Clock SYSTEM = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

        @Override
        public Instant instant() {
            return SYSTEM.instant().plus(OFFSET.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
