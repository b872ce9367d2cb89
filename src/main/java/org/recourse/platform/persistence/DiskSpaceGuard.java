package org.recourse.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps a reserve of free space under the embedded H2 database, and refuses writes before the disk is full rather
 * than after. H2 acknowledges a commit before its file store has written it (a background writer saves changes about
 * once a second); when that writer meets a full disk, H2 closes the database and what it had not written is gone,
 * acknowledged or not (measured: 55 of 84 reports acknowledged on a full tmpfs were lost). Refusing new writes while
 * less than {@code recourse.storage.min-free-mb} (64 MB) is free leaves H2 the room to write what it already
 * acknowledged. With PostgreSQL the database's disk is the server's business (it writes its WAL before it answers a
 * commit, and answers {@code disk_full} itself), so the guard stands aside.
 *
 * <p>The free space is asked of the file system (one {@code statvfs}) at most once a second.
 */
@ApplicationScoped
public class DiskSpaceGuard {

    private static final long MB = 1024L * 1024L;
    private static final long RECHECK_NANOS = 1_000_000_000L;

    @Inject
    @ConfigProperty(name = "recourse.storage.min-free-mb", defaultValue = "64")
    long minFreeMb = 64;

    private volatile Path dataDir;
    private volatile boolean guarded;
    private volatile long checkedAt;
    private volatile boolean low;
    LongSupplier ticker = System::nanoTime;

    /** The data folder it watches, and whether to watch it at all (only under H2). */
    void watch(Path folder, boolean h2) {
        this.dataDir = folder;
        this.guarded = h2 && minFreeMb > 0;
        this.checkedAt = 0;
    }

    /** Whether writes must be refused now: H2, and less than the reserve free under its data folder. */
    public boolean isLow() {
        if (dataDir == null) {
            DatabaseSettings settings = RecourseDataSource.settings();
            watch(RecourseDataSource.dataDir(), settings.isH2());
        }
        if (!guarded) {
            return false;
        }
        long now = ticker.getAsLong();
        if (checkedAt == 0 || now - checkedAt >= RECHECK_NANOS) {
            low = usableBytes() < minFreeMb * MB;
            checkedAt = now == 0 ? 1 : now;
        }
        return low;
    }

    /** The bytes this process may still write under the data folder (its nearest existing parent, before start). */
    long usableBytes() {
        Path folder = dataDir.toAbsolutePath();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        try {
            return folder == null ? Long.MAX_VALUE : Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    public long minFreeMb() {
        return minFreeMb;
    }
}
