package org.recourse.screening.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.domain.IllegalTransitionException;

@DisplayName("A sweep: queued, running batch after batch from its stored position, done with its summary")
class SweepRunTest {

    private static final Instant AT = Instant.parse("2026-12-10T09:00:00Z");

    @Test
    @DisplayName("entries added in one transaction share one automatic sweep, over the range of their ids")
    void automaticSweepGrowsWithItsTransaction() {
        // Arrange
        SweepRun run = SweepRun.automatic(3, 100, AT);

        // Act
        run.extendTo(101);
        run.extendTo(250);

        // Assert
        assertThat(run.firstEntryId()).isEqualTo(100);
        assertThat(run.lastEntryId()).isEqualTo(250);
        assertThat(run.total()).isEqualTo(3);
        assertThat(run.position()).isEqualTo(99);
        assertThat(run.status()).isEqualTo(SweepRun.Status.QUEUED);
    }

    @Test
    @DisplayName("each batch moves the position forward and adds its counts; the last one finishes the sweep")
    void batchesAdvanceThenFinish() {
        // Arrange
        SweepRun run = SweepRun.onDemand(7L, 1000, 900, "sam", AT);

        // Act
        run.begin(AT);
        run.advance(500, 520, 2, 1, false, AT.plusSeconds(10));

        // Assert: running, half-way, with the time left at the pace so far
        assertThat(run.status()).isEqualTo(SweepRun.Status.RUNNING);
        assertThat(run.position()).isEqualTo(520);
        assertThat(run.checked()).isEqualTo(500);
        assertThat(run.percent()).isEqualTo(55);
        assertThat(run.timeLeft(AT.plusSeconds(20))).contains(Duration.ofSeconds(16));
        assertThat(run.duration()).isEmpty();

        // Act: the last batch found fewer entries than asked for
        run.advance(400, 1000, 1, 0, true, AT.plusSeconds(30));

        // Assert: done, with its summary
        assertThat(run.done()).isTrue();
        assertThat(run.checked()).isEqualTo(900);
        assertThat(run.matched()).isEqualTo(3);
        assertThat(run.casesOpened()).isEqualTo(1);
        assertThat(run.duration()).contains(Duration.ofSeconds(30));
        assertThat(run.timeLeft(AT.plusSeconds(40))).isEmpty();
        assertThat(run.percent()).isEqualTo(100);
    }

    @Test
    @DisplayName("a sweep never goes back, never runs again once done, and takes no entry once started")
    void refusesIllegalMoves() {
        // Arrange
        SweepRun run = SweepRun.onDemand(null, 10, 10, "sam", AT);
        run.advance(5, 5, 0, 0, false, AT);

        // Act and assert
        assertThatThrownBy(() -> run.advance(1, 4, 0, 0, false, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> run.extendTo(11)).isInstanceOf(IllegalTransitionException.class);
        run.advance(5, 10, 0, 0, false, AT);
        assertThat(run.done()).isTrue();
        assertThatThrownBy(() -> run.advance(1, 11, 0, 0, false, AT)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("a sweep of nothing is done at once, and shows as complete")
    void emptySweep() {
        // Arrange
        SweepRun run = SweepRun.onDemand(7L, 0, 0, "sam", AT);

        // Act
        run.advance(0, 0, 0, 0, true, AT);

        // Assert
        assertThat(run.done()).isTrue();
        assertThat(run.percent()).isEqualTo(100);
    }

    @Test
    @DisplayName("a batch that keeps failing is skipped after the tries, and the summary counts what was skipped")
    void failingBatchIsSkipped() {
        // Arrange
        SweepRun run = SweepRun.onDemand(7L, 1000, 900, "sam", AT);
        run.begin(AT);

        // Act: two failures, then a third
        boolean first = run.failed("jakarta.persistence.PersistenceException", 3);
        boolean second = run.failed("jakarta.persistence.PersistenceException", 3);
        boolean third = run.failed("jakarta.persistence.PersistenceException", 3);
        run.skip(500, 520, false, AT.plusSeconds(5));

        // Assert
        assertThat(first).isFalse();
        assertThat(second).isFalse();
        assertThat(third).isTrue();
        assertThat(run.position()).isEqualTo(520);
        assertThat(run.skipped()).isEqualTo(500);
        assertThat(run.lastFailure()).isEqualTo("jakarta.persistence.PersistenceException");
        assertThat(run.failed("x", 3)).as("a batch done resets the count").isFalse();
    }
}
