package org.recourse.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recourse.review.ExposureEvent;
import org.recourse.triage.ExposureLimits;
import org.recourse.triage.ImageryLimit;

/**
 * Counts each reviewer's exposure from the case page's reveals and their ends ({@link ExposureEvent}), and answers
 * "take next" with the limit the organisation's rules set ({@link WellbeingRules}); a day is the staff's day (the
 * zone of {@code recourse.staff.time-zone}).
 */
@ApplicationScoped
public class ExposureService implements ExposureLimits {

    @Inject
    ExposureRepository exposures;

    @Inject
    WorkforceSettings settings;

    @Inject
    Clock clock;

    /** Records a reveal, or the end of one (or of all the reviewer's, on leaving a case). */
    @Transactional
    public void record(@Observes ExposureEvent event) {
        if (event.kind() == ExposureEvent.Kind.REVEALED) {
            exposures.revealed(event.username(), event.itemId(), event.at(), event.revealEnds());
        } else {
            exposures.covered(event.username(), event.itemId(), event.at(), event.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    /** A reviewer's exposure today, as known now. */
    @Transactional
    public ExposureDay today(String username) {
        Instant now = clock.instant();
        Instant[] day = today(now);
        return ExposureDay.of(exposures.spans(username, day[0], day[1]), day[0], day[1], now,
                settings.rules().breakLength());
    }

    @Override
    @Transactional
    public ImageryLimit limitFor(String username, Instant now) {
        return settings.rules().limit(today(username));
    }

    /** Every reviewer's exposure today, with no name: for the team's figures. */
    @Transactional
    public TeamExposure team() {
        Instant now = clock.instant();
        Instant[] day = today(now);
        Map<String, List<ExposureSpan>> everyone = exposures.everyone(day[0], day[1]);
        List<ExposureDay> days = everyone.values().stream()
                .map(spans -> ExposureDay.of(spans, day[0], day[1], now, settings.rules().breakLength())).toList();
        return TeamExposure.of(days, settings.rules());
    }

    public WellbeingRules rules() {
        return settings.rules();
    }

    private Instant[] today(Instant now) {
        ZoneId zone = settings.zone();
        LocalDate date = now.atZone(zone).toLocalDate();
        return new Instant[] {date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant()};
    }
}
