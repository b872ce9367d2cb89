package org.recourse.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.cases.Category;

/**
 * Runs a {@link Series}' query for one month and gives its raw figures per category. A time series reads at most
 * {@link #MAX_TIMES} rows a month, so a month of millions cannot fill the heap; the methodology says so.
 */
@ApplicationScoped
public class TransparencyRepository {

    static final int MAX_TIMES = 200_000;

    @PersistenceContext
    EntityManager em;

    /** The month's figures by category; categories without a row are absent. */
    public Map<Category, Suppression.Raw> month(Series series, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery(series.sql()).setParameter(1, from).setParameter(2, to)
                .setMaxResults(series.kind() == Series.Kind.TIME ? MAX_TIMES : Category.values().length * 2)
                .getResultList();
        Map<Category, Suppression.Raw> raw = new HashMap<>();
        Map<Category, List<Duration>> times = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Category category = Category.valueOf((String) columns[0]);
            switch (series.kind()) {
                case COUNT -> raw.merge(category, Suppression.Raw.count(number(columns[1])), Suppression.Raw::plus);
                case SHARE -> raw.merge(category, Suppression.Raw.share(number(columns[1]), number(columns[2])),
                        Suppression.Raw::plus);
                case TIME -> {
                    if (columns[2] != null) {
                        Duration time = Duration.between(instant(columns[1]), instant(columns[2]));
                        times.computeIfAbsent(category, c -> new ArrayList<>()).add(time);
                    }
                }
            }
        }
        times.forEach((category, list) -> raw.put(category, Suppression.Raw.times(list)));
        return raw;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Not a time: " + value.getClass());
    }
}
