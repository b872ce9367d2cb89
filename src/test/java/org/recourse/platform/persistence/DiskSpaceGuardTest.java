package org.recourse.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reserve of free space under H2: low below it, fine above it, asked at most once a second, off for PostgreSQL. */
@DisplayName("Disk space guard: writes refused below the reserve under H2, only there")
class DiskSpaceGuardTest {

    @TempDir
    Path data;

    /** A guard over a file system with this much free, on a clock the test moves. */
    private static DiskSpaceGuard guard(AtomicLong free, AtomicLong clock, long minFreeMb) {
        DiskSpaceGuard guard = new DiskSpaceGuard() {
            @Override
            long usableBytes() {
                return free.get();
            }
        };
        guard.minFreeMb = minFreeMb;
        guard.ticker = clock::get;
        return guard;
    }

    @Test
    @DisplayName("below 64 MB: low; space back: fine again within a second")
    void belowAndBack() {
        // Arrange
        AtomicLong free = new AtomicLong(63L * 1024 * 1024);
        AtomicLong clock = new AtomicLong(5_000_000_000L);
        DiskSpaceGuard guard = guard(free, clock, 64);
        guard.watch(data, true);

        // Act / Assert
        assertThat(guard.isLow()).isTrue();
        free.set(10L * 1024 * 1024 * 1024);
        assertThat(guard.isLow()).as("within the second, the answer is kept").isTrue();
        clock.addAndGet(1_000_000_000L);
        assertThat(guard.isLow()).isFalse();
    }

    @Test
    @DisplayName("PostgreSQL, or a reserve of 0: never low")
    void standsAside() {
        // Arrange
        AtomicLong free = new AtomicLong(0);
        AtomicLong clock = new AtomicLong(1);
        DiskSpaceGuard postgres = guard(free, clock, 64);
        postgres.watch(data, false);
        DiskSpaceGuard off = guard(free, clock, 0);
        off.watch(data, true);

        // Act / Assert
        assertThat(postgres.isLow()).isFalse();
        assertThat(off.isLow()).isFalse();
    }

    @Test
    @DisplayName("the real file system of a temporary folder has more than 1 MB free")
    void realFileSystem() {
        // Arrange
        DiskSpaceGuard guard = new DiskSpaceGuard();
        guard.minFreeMb = 1;
        guard.watch(data.resolve("not-yet-created"), true);

        // Act / Assert
        assertThat(guard.usableBytes()).isGreaterThan(1024L * 1024);
        assertThat(guard.isLow()).isFalse();
    }
}
