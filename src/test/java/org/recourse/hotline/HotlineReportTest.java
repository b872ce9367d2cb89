package org.recourse.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recourse.platform.domain.IllegalTransitionException;
import org.recourse.platform.outbox.Backoff;
import org.recourse.platform.outbox.OutboxStatus;

@DisplayName("A hotline report: its stages at the hotline, its way out of the outbox")
class HotlineReportTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final HotlineRetryPolicy POLICY = new HotlineRetryPolicy(
            new Backoff(Duration.ofSeconds(30), Duration.ofHours(1)), Duration.ofHours(24));
    private static final Duration CLAIM = Duration.ofMinutes(5);

    private static HotlineReport queued() {
        return new HotlineReport(41, 7, 9, "ncmec", false, T0, POLICY.deadlineFor(T0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReportStage.class)
    @DisplayName("each stage allows exactly its moves")
    void transitionTable(ReportStage from) {
        EnumSet<ReportStage> expected = switch (from) {
            case QUEUED -> EnumSet.of(ReportStage.OPENED, ReportStage.RETRACTED);
            case OPENED -> EnumSet.of(ReportStage.FINISHED, ReportStage.RETRACTED, ReportStage.QUEUED);
            case FINISHED, RETRACTED -> EnumSet.noneOf(ReportStage.class);
        };
        for (ReportStage to : ReportStage.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected.contains(to));
        }
        assertThat(from.isRetractable()).isEqualTo(from == ReportStage.QUEUED || from == ReportStage.OPENED);
    }

    @Test
    @DisplayName("queued, opened, files uploaded and described, finished: sent once, for good")
    void happyPath() {
        // Arrange
        HotlineReport report = queued();

        // Act
        report.claim(T0, CLAIM);
        report.opened("7855775");
        report.uploaded(0, "abc", "0123456789abcdef0123456789abcdef");
        report.described(0);
        report.finished(T0.plusSeconds(5));

        // Assert
        assertThat(report.stage()).isEqualTo(ReportStage.FINISHED);
        assertThat(report.state().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(report.externalId()).isEqualTo("7855775");
        assertThat(report.file(0)).get().matches(SentFile::described);
        assertThatThrownBy(() -> report.retracted(T0, "admin")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> report.opened("2")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("a file is stored once: a second upload of the same place is a bug, not a second file")
    void fileOnce() {
        // Arrange
        HotlineReport report = queued();
        report.opened("1");
        report.uploaded(0, "abc", "0123456789abcdef0123456789abcdef");

        // Act / Assert
        assertThatThrownBy(() -> report.uploaded(0, "def", "0123456789abcdef0123456789abcdef"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> queued().uploaded(0, "x", "y")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a failure that may pass waits longer each time; past the deadline it is dead; a retry revives it")
    void retriesThenDies() {
        // Arrange
        HotlineReport report = queued();

        // Act
        report.claim(T0, CLAIM);
        report.failed(T0, "HTTP 503", POLICY);
        Instant firstRetry = report.state().nextAttemptAt();
        Instant late = T0.plus(Duration.ofHours(23).plusMinutes(59));
        report.claim(firstRetry, CLAIM);
        report.failed(late, "HTTP 503", POLICY);

        // Assert
        assertThat(firstRetry).isEqualTo(T0.plusSeconds(30));
        assertThat(report.state().status()).isEqualTo(OutboxStatus.DEAD);
        report.retry(late, POLICY);
        assertThat(report.state().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(report.state().attempts()).isZero();
        assertThat(report.deadlineAt()).isEqualTo(late.plus(Duration.ofHours(24)));
    }

    @Test
    @DisplayName("a refusal is dead at once")
    void refusedIsDead() {
        // Arrange
        HotlineReport report = queued();
        report.claim(T0, CLAIM);

        // Act
        report.refused("Refused with 4100");

        // Assert
        assertThat(report.state().status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(report.state().lastError()).isEqualTo("Refused with 4100");
    }

    @Test
    @DisplayName("retracted while waiting, or dead: never sent again")
    void retracted() {
        // Arrange
        HotlineReport waiting = queued();
        waiting.opened("5");
        HotlineReport dead = queued();
        dead.claim(T0, CLAIM);
        dead.refused("x");

        // Act
        waiting.retracted(T0, "admin");
        dead.retracted(T0, "admin");

        // Assert
        assertThat(waiting.stage()).isEqualTo(ReportStage.RETRACTED);
        assertThat(waiting.state().status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(waiting.retractedBy()).isEqualTo("admin");
        assertThatThrownBy(() -> dead.retry(T0, POLICY)).isInstanceOf(IllegalTransitionException.class);
        assertThat(waiting.state().isDue(T0.plus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    @DisplayName("a report the hotline lost (expired unfinished) starts over: no id, no files")
    void lostStartsOver() {
        // Arrange
        HotlineReport report = queued();
        report.opened("9");
        report.uploaded(0, "abc", "0123456789abcdef0123456789abcdef");

        // Act
        report.lostAtHotline();

        // Assert
        assertThat(report.stage()).isEqualTo(ReportStage.QUEUED);
        assertThat(report.externalId()).isNull();
        assertThat(report.files()).isEmpty();
    }
}
