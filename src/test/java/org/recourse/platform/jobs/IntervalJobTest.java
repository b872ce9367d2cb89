package org.recourse.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Interval job: its own timer, the interval from its setting, one run at a time, a failure logged")
class IntervalJobTest {

    /** A job that counts its runs and fails while told to. */
    static final class CountingJob extends IntervalJob {
        int runs;
        boolean failing;
        Level level = Level.WARNING;

        CountingJob() {
            super("counting", "recourse.jobs.counting-interval", "PT30S", "Counting failed; the next run tries again");
        }

        @Override
        protected void runOnce() {
            runs++;
            if (failing) {
                throw new IllegalStateException("database away");
            }
        }

        @Override
        protected Level failureLevel() {
            return level;
        }
    }

    /** One timer as the job asked the container for it. */
    record Asked(long initial, long interval, TimerConfig config) {
    }

    private final List<Asked> asked = new ArrayList<>();

    private CountingJob started(Map<String, String> settings) {
        return started(settings, Level.WARNING);
    }

    private CountingJob started(Map<String, String> settings, Level failureLevel) {
        CountingJob job = new CountingJob();
        job.level = failureLevel;
        job.timers = (TimerService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TimerService.class}, (self, method, args) -> {
                    if (method.getName().equals("createIntervalTimer") && args[0] instanceof Long initial) {
                        asked.add(new Asked(initial, (Long) args[1], (TimerConfig) args[2]));
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        job.config = (Config) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Config.class},
                (self, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(settings.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        job.schedule();
        return job;
    }

    @Test
    @DisplayName("at start, each node makes its own timer (not persistent), every interval its setting names")
    void timerFromTheSetting() {
        // Act
        started(Map.of("recourse.jobs.counting-interval", "PT2S"));

        // Assert
        assertThat(asked).singleElement().satisfies(timer -> {
            assertThat(timer.initial()).isEqualTo(2_000);
            assertThat(timer.interval()).isEqualTo(2_000);
            assertThat(timer.config().getInfo()).isEqualTo("counting");
            assertThat(timer.config().isPersistent()).isFalse();
        });
    }

    @Test
    @DisplayName("without the setting, the job's own default interval")
    void defaultInterval() {
        // Act
        CountingJob job = started(Map.of());

        // Assert
        assertThat(job.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(asked).singleElement().extracting(Asked::interval).isEqualTo(30_000L);
    }

    @Test
    @DisplayName("a failed run is logged in the job's own log, at the job's level, and the next run goes ahead")
    void failedRun() {
        // Arrange
        CountingJob job = started(Map.of());
        job.failing = true;
        try (LogRecords logged = LogRecords.of(Logger.getLogger(CountingJob.class.getName()))) {
            // Act
            job.run();
            job.failing = false;
            job.run();

            // Assert
            assertThat(job.runs).isEqualTo(2);
            assertThat(logged.records()).singleElement().satisfies(r -> {
                assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                assertThat(r.getMessage()).isEqualTo("Counting failed; the next run tries again");
                assertThat(r.getThrown()).hasMessage("database away");
            });
        }
    }

    @Test
    @DisplayName("a job whose runs may fail now and then (two nodes racing) logs a failure below a warning")
    void expectedFailure() {
        // Arrange
        CountingJob job = started(Map.of(), Level.FINE);
        job.failing = true;
        Logger log = Logger.getLogger(CountingJob.class.getName());
        Level before = log.getLevel();
        log.setLevel(Level.ALL);
        try (LogRecords logged = LogRecords.of(log)) {
            // Act
            job.run();

            // Assert
            assertThat(logged.records()).singleElement().extracting(LogRecord::getLevel).isEqualTo(Level.FINE);
        } finally {
            log.setLevel(before);
        }
    }
}
