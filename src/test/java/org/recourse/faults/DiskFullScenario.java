package org.recourse.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.testing.Http;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.Poll;
import org.recourse.testing.TestDatabase;

/**
 * Issue 18 §1, "Disk full for the H2 default": the packaged portal on its embedded H2, its data folder on a small
 * file system of its own (a tmpfs), under a steady load of reports. A ballast file then takes the space until less
 * than the reserve ({@code recourse.storage.min-free-mb}, 16 MB here) is free: reports are refused with {@code 503},
 * {@code Retry-After} and problem+json, the report form with the translated page (English and French), and the log
 * says why. The ballast is deleted: reports are taken again within seconds. The portal is stopped and its database
 * opened: every acknowledged report is there, and the crash test's invariants hold.
 *
 * <p>The small file system: {@code -Dfaults.small-disk=/mnt/small} names a folder on one (CI: {@code sudo mount -t
 * tmpfs -o size=96m tmpfs /mnt/small}); without it, run as root on Linux, the scenario mounts a 96 MB tmpfs itself
 * below target/ and unmounts it at the end; otherwise it is skipped, saying so.
 *
 * <p>Run with {@code mvn -B verify -Pfaults -Dit.test=DiskFullScenario} (about a minute and a half).
 */
@DisplayName("Faults: disk full under the embedded H2")
class DiskFullScenario {

    private static final long MB = 1024L * 1024L;
    private static final int RESERVE_MB = 16;
    private static final Duration FULL_FOR = Duration.ofSeconds(20);
    private static final String REFUSED = "full";

    @Test
    @DisplayName("below the reserve: clean 503s and a log line; nothing acknowledged lost; taken again when space returns")
    void diskFull() throws Exception {
        long seed = Long.getLong("faults.seed", System.currentTimeMillis());
        try (SmallDisk disk = SmallDisk.open()) {
            Path data = disk.folder().resolve("data");
            Path ballast = disk.folder().resolve("ballast");
            PayaraProcess portal = PayaraProcess.start("disk-full", Map.of("RECOURSE_DATA_DIR", data.toString(),
                    "RECOURSE_RATE_LIMIT_REPORTS", "1000000", "RECOURSE_STORAGE_MIN_FREE_MB",
                    Integer.toString(RESERVE_MB)));
            MixedLoad load;
            List<HttpResponse<String>> forms;
            Instant freed;
            try {
                Http http = new Http(portal.base());
                load = new MixedLoad(portal.base(), 4, 5, null, seed).start(Duration.ofMinutes(5));
                load.phase("steady");
                assertThat(load.awaitAcknowledged(40, Duration.ofSeconds(60))).isTrue();

                // Act: the disk fills to half the reserve; the guard sees it within a second
                load.phase("filling");
                fill(ballast, disk.folder(), RESERVE_MB / 2);
                Thread.sleep(2_000);
                load.phase(REFUSED);
                Thread.sleep(FULL_FOR.toMillis() / 2);
                forms = List.of(postForm(http, "en"), postForm(http, "fr-CA"));
                Thread.sleep(FULL_FOR.toMillis() / 2);
                Files.delete(ballast);
                freed = Instant.now();
                load.phase("space back");
                Poll.until(Duration.ofSeconds(30), () -> load.firstSuccessAfter(freed).size(), kinds -> kinds == 1,
                        "a report taken again once space returned");
                Thread.sleep(3_000);
                load.phase("end");
                load.stopAndJoin(Duration.ofSeconds(30));
            } finally {
                portal.stop();
            }
            Duration recovery = Duration.between(freed, load.firstSuccessAfter(freed).get(MixedLoad.Kind.REPORT));

            // Assert
            Map<Integer, Integer> whileFull = load.statuses(REFUSED);
            assertThat(whileFull).as("only refusals while full: %s", load.samples()).containsOnlyKeys(503);
            assertThat(load.outcomes()).filteredOn(o -> o.status() == 503).allMatch(MixedLoad.Outcome::retryAfter);
            assertThat(load.statuses("steady").keySet()).containsOnly(201);
            assertThat(load.errors()).isEmpty();
            for (HttpResponse<String> form : forms) {
                assertThat(form.statusCode()).as(form.body()).isEqualTo(503);
                assertThat(form.headers().firstValue("Retry-After")).contains("120");
                assertThat(form.body()).doesNotContainPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
            }
            assertThat(forms.get(0).body()).contains("We cannot take new reports for a few minutes");
            assertThat(forms.get(1).body()).contains("Nous ne pouvons pas recevoir de nouveaux signalements");
            assertThat(portal.log()).contains("Storage full: ");
            assertThat(recovery).isLessThanOrEqualTo(Duration.ofSeconds(5));
            TestDatabase database = TestDatabase.h2(TestDatabase.h2Url(data.resolve("recourse")));
            Consistency consistency = new Consistency(database);
            List<String> acknowledged = load.acknowledgedReferences();
            assertThat(consistency.lost(acknowledged)).isEmpty();
            assertThat(consistency.invariants()).isEmpty();
            new Figures("disk-full", seed, load.requests(), acknowledged.size(), consistency.lost(acknowledged).size(),
                    0, recovery, "H2 on a " + disk.sizeMb() + " MB tmpfs, filled to " + RESERVE_MB / 2 + " MB free "
                    + "(reserve " + RESERVE_MB + " MB) for " + FULL_FOR.toSeconds() + " s; answers while full "
                    + whileFull + "; report form 503 in EN and FR; recovery = space freed to the first report "
                    + "acknowledged").write();
        }
    }

    private static HttpResponse<String> postForm(Http portal, String language) {
        return portal.postForm("/report", Http.reportForm("demo-03\nhttps://elsewhere.example/disk-full/" + language,
                "other_harmful"), "Accept-Language", language);
    }

    /** Writes a ballast file until only {@code leaveMb} is free on the folder's file system. */
    private static void fill(Path ballast, Path folder, int leaveMb) throws IOException {
        long take = Files.getFileStore(folder).getUsableSpace() - leaveMb * MB;
        try (RandomAccessFile file = new RandomAccessFile(ballast.toFile(), "rw")) {
            byte[] block = new byte[(int) MB];
            for (long written = 0; written < take; written += block.length) {
                file.write(block, 0, (int) Math.min(block.length, take - written));
            }
        }
    }

    /** A small file system: the one named by faults.small-disk, or a tmpfs mounted here (root on Linux). */
    record SmallDisk(Path folder, boolean mounted, long sizeMb) implements AutoCloseable {

        static SmallDisk open() throws IOException, InterruptedException {
            String given = System.getProperty("faults.small-disk");
            if (given != null) {
                Path folder = Path.of(given).resolve("recourse-disk-full-" + ProcessHandle.current().pid());
                Files.createDirectories(folder);
                return new SmallDisk(folder, false, Files.getFileStore(folder).getTotalSpace() / MB);
            }
            Path folder = Path.of("target", "faults", "small-disk").toAbsolutePath();
            Files.createDirectories(folder);
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", folder.toString())
                    .redirectErrorStream(true).start();
            String said = new String(mount.getInputStream().readAllBytes());
            Assumptions.assumeTrue(mount.waitFor() == 0, "No small file system: give -Dfaults.small-disk=<folder on a "
                    + "small file system> or run as root on Linux (mount said: " + said.strip() + ")");
            return new SmallDisk(folder, true, 96);
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (mounted) {
                new ProcessBuilder("umount", folder.toString()).inheritIO().start().waitFor();
            }
        }
    }
}
