package org.recourse.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.recourse.cases.Category;

/** The cases' history as the forecast needs it: when each case was opened, and how long closed ones took. */
@ApplicationScoped
public class CapacityRepository {

    @PersistenceContext
    EntityManager em;

    /** Every case opened in [from, to): its time and category. */
    public List<CapacityHistory.Arrival> arrivals(Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("select opened_at, category from case_file "
                        + "where opened_at >= ?1 and opened_at < ?2")
                .setParameter(1, utc(from)).setParameter(2, utc(to)).getResultList();
        List<CapacityHistory.Arrival> arrivals = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Category.fromCode(((String) columns[1]).toLowerCase(java.util.Locale.ROOT))
                    .ifPresent(category -> arrivals.add(new CapacityHistory.Arrival(instant(columns[0]), category)));
        }
        return arrivals;
    }

    /**
     * Per category, the handling times of the cases closed in [from, to): from the first claim (the review's start)
     * to the decision that closed the case.
     */
    public Map<Category, List<Duration>> handlingTimes(Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("select category, review_started_at, closed_at from case_file "
                        + "where closed_at >= ?1 and closed_at < ?2 and review_started_at is not null")
                .setParameter(1, utc(from)).setParameter(2, utc(to)).getResultList();
        Map<Category, List<Duration>> times = new EnumMap<>(Category.class);
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Duration taken = Duration.between(instant(columns[1]), instant(columns[2]));
            Category.fromCode(((String) columns[0]).toLowerCase(java.util.Locale.ROOT)).filter(c -> !taken.isNegative())
                    .ifPresent(category -> times.computeIfAbsent(category, c -> new ArrayList<>()).add(taken));
        }
        return times;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    /** H2 and PostgreSQL give a timestamp with time zone as different Java types. */
    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass());
    }
}
