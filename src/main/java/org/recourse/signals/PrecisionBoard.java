package org.recourse.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The classifiers' precision over the last {@link #WINDOW}, per classifier and label, for the dashboard: a platform
 * tunes its thresholds from it. Below {@code recourse.signals.precision.min-decided} decided items (20) the
 * dashboard says "too few to say" rather than a percentage that two decisions would swing.
 */
@ApplicationScoped
public class PrecisionBoard {

    public static final Duration WINDOW = Duration.ofDays(30);
    /** At most this many classifier-label rows: more is not a table anyone reads. */
    static final int MAX_ROWS = 200;

    @Inject
    SignalRepository signals;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "recourse.signals.precision.min-decided", defaultValue = "20")
    int minDecided;

    @Transactional
    public List<Precision> lastThirtyDays() {
        return signals.precisionSince(clock.instant().minus(WINDOW), MAX_ROWS);
    }

    public int minDecided() {
        return Math.max(1, minDecided);
    }
}
