package org.recourse.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One run at a time: the guard of an interval job")
class OneRunAtATimeTest {

    @Test
    @DisplayName("a run that fires while one is still busy is skipped, and the next one after it goes ahead")
    void skipsAnOverlappingRun() throws Exception {
        OneRunAtATime guard = new OneRunAtATime(Logger.getLogger("test.guard"), "failed");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> guard.run(() -> {
            runs.incrementAndGet();
            started.countDown();
            await(release);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        boolean overlapping = guard.run(runs::incrementAndGet);
        release.countDown();

        assertThat(overlapping).isFalse();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(guard.run(runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    @DisplayName("a run that fails is logged with its cause and does not keep the next run out")
    void failureIsLoggedAndReleased() {
        Logger log = Logger.getLogger("test.guard.failure");
        try (LogRecords logged = LogRecords.of(log)) {
            OneRunAtATime guard = new OneRunAtATime(log, "Sending failed; the next run tries again");

            boolean failed = guard.run(() -> {
                throw new IllegalStateException("database away");
            });

            assertThat(failed).isFalse();
            assertThat(logged.records()).singleElement().satisfies(r -> {
                assertThat(r.getMessage()).isEqualTo("Sending failed; the next run tries again");
                assertThat(r.getThrown()).hasMessage("database away");
            });
            assertThat(guard.run(() -> { })).isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
