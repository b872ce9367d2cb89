package org.recourse.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Category;
import org.recourse.testing.MovableClock;

@DisplayName("Transparency service: months, totals, and a public page that cannot load the database")
class TransparencyServiceTest {

    /** A repository that counts its queries and answers 6 reports of one category every month. */
    static final class CountingRepository extends TransparencyRepository {
        final List<Instant> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public Map<Category, Suppression.Raw> month(Series series, Instant from, Instant to) {
            asked.add(from);
            return Map.of(Category.OTHER_HARMFUL, Suppression.Raw.count(6));
        }
    }

    private static TransparencyService service(MovableClock clock, CountingRepository repository) {
        TransparencyService service = new TransparencyService();
        service.clock = clock;
        service.repository = repository;
        return service;
    }

    @Test
    @DisplayName("reads the last 12 UTC months, oldest first, each from its first instant to the next month's")
    void months() {
        // Arrange
        MovableClock clock = new MovableClock(Instant.parse("2026-03-01T00:30:00Z"));
        CountingRepository repository = new CountingRepository();

        // Act
        Figures figures = service(clock, repository).compute(List.of(Series.count("one", "?1 ?2")));

        // Assert
        assertThat(figures.months()).hasSize(12).startsWith(YearMonth.of(2025, 4)).endsWith(YearMonth.of(2026, 3));
        assertThat(repository.asked).hasSize(12).startsWith(Instant.parse("2025-04-01T00:00:00Z"))
                .endsWith(Instant.parse("2026-03-01T00:00:00Z"));
        Figures.MonthFigures march = figures.series().get(0).months().get(11);
        assertThat(march.of(Category.OTHER_HARMFUL).count()).isEqualTo(6L);
        assertThat(march.of(null).count()).isEqualTo(6L);
        assertThat(march.of(Category.CHILD_SEXUAL_IMAGERY).suppressed()).isTrue();
    }

    @Test
    @DisplayName("however often the figures are asked, the database is read at most once a minute")
    void cache() throws Exception {
        // Arrange
        MovableClock clock = new MovableClock(Instant.parse("2026-03-10T10:00:00Z"));
        CountingRepository repository = new CountingRepository();
        TransparencyService service = service(clock, repository);
        int oneRead = PublishedSeries.ALL.size() * TransparencyService.MONTHS;

        // Act: 200 requests at once, then 59 seconds later, then a minute later
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Figures>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(pool.submit(service::figures));
        }
        for (Future<Figures> answer : answers) {
            answer.get();
        }
        pool.shutdown();
        int afterBurst = repository.asked.size();
        clock.advance(Duration.ofSeconds(59));
        service.figures();
        int within = repository.asked.size();
        clock.advance(Duration.ofSeconds(1));
        service.figures();

        // Assert
        assertThat(afterBurst).isEqualTo(oneRead);
        assertThat(within).isEqualTo(oneRead);
        assertThat(repository.asked).hasSize(2 * oneRead);
    }
}
