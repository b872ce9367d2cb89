package org.recourse.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.recourse.cases.Category;

/**
 * Computes the dashboard from the cases opened in the last seven days (UTC days, today included). It reads only
 * four small columns per case, in one query, and aggregates in memory.
 */
@ApplicationScoped
public class DashboardService {

    static final int DAYS = 7;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Dashboard lastSevenDays() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = today.minusDays(DAYS - 1L);
        Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Object[]> rows = em.createQuery("select c.category, c.openedAt, c.closedAt, c.reviewDueAt from Case c "
                + "where c.openedAt >= :start", Object[].class).setParameter("start", start).getResultList();
        return aggregate(from, today, rows);
    }

    static Dashboard aggregate(LocalDate from, LocalDate to, List<Object[]> rows) {
        long[] perDay = new long[(int) (to.toEpochDay() - from.toEpochDay()) + 1];
        Map<Category, List<Duration>> times = new EnumMap<>(Category.class);
        Map<Category, long[]> counts = new EnumMap<>(Category.class);
        List<Duration> allTimes = new ArrayList<>();
        long[] all = new long[3];
        for (Object[] row : rows) {
            Category category = (Category) row[0];
            Instant opened = (Instant) row[1];
            Instant closed = (Instant) row[2];
            Instant due = (Instant) row[3];
            int day = (int) (LocalDate.ofInstant(opened, ZoneOffset.UTC).toEpochDay() - from.toEpochDay());
            if (day >= 0 && day < perDay.length) {
                perDay[day]++;
            }
            long[] count = counts.computeIfAbsent(category, c -> new long[3]);
            count[0]++;
            all[0]++;
            if (closed != null) {
                Duration time = Duration.between(opened, closed);
                times.computeIfAbsent(category, c -> new ArrayList<>()).add(time);
                allTimes.add(time);
                count[1]++;
                all[1]++;
                if (!closed.isAfter(due)) {
                    count[2]++;
                    all[2]++;
                }
            }
        }
        List<Dashboard.Day> days = new ArrayList<>();
        for (int i = 0; i < perDay.length; i++) {
            days.add(new Dashboard.Day(from.plusDays(i), perDay[i]));
        }
        List<Dashboard.CategoryLine> lines = new ArrayList<>();
        for (Category category : Category.values()) {
            long[] count = counts.getOrDefault(category, new long[3]);
            lines.add(new Dashboard.CategoryLine(category, count[0], count[1],
                    median(times.getOrDefault(category, List.of())), count[2]));
        }
        return new Dashboard(from, to, days, lines, new Dashboard.CategoryLine(null, all[0], all[1], median(allTimes), all[2]));
    }

    static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    /** The dashboard as CSV: one line per category and a total, then one line per day. */
    public static String csv(Dashboard dashboard) {
        StringBuilder csv = new StringBuilder("section,category_or_date,received,decided,median_minutes_to_decision,"
                + "decided_within_sla,percent_within_sla\r\n");
        List<Dashboard.CategoryLine> lines = new ArrayList<>(dashboard.categories());
        lines.add(dashboard.total());
        for (Dashboard.CategoryLine line : lines) {
            csv.append("category,").append(line.category() == null ? "ALL" : line.category().name()).append(',')
                    .append(line.received()).append(',').append(line.decided()).append(',')
                    .append(line.medianToDecision() == null ? "" : Long.toString(line.medianToDecision().toMinutes()))
                    .append(',').append(line.decidedWithinSla()).append(',')
                    .append(line.percentWithinSla() < 0 ? "" : Integer.toString(line.percentWithinSla())).append("\r\n");
        }
        for (Dashboard.Day day : dashboard.days()) {
            csv.append("day,").append(day.date()).append(',').append(day.received()).append(",,,,\r\n");
        }
        return csv.toString();
    }
}
