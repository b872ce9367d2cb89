package org.recourse.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.recourse.testing.TestDatabase;

/**
 * Optional CPU pinning for the benchmarks that run the packaged portal next to PostgreSQL and their own load
 * generator ({@code -Dbench.pin=true}): PostgreSQL and the load generator on one core, the portal alone on the other,
 * with {@code taskset}. Shared (the default), the three compete for both cores and each one's CPU per request includes
 * the cache and scheduling cost of that competition; pinned, the portal's figures are those of a node whose database
 * and callers live elsewhere, which is how it is deployed.
 *
 * <p>Pinning is applied to processes that already run ({@code taskset -a -p}: every thread), so the launchers need not
 * change how they start anything; threads and processes started afterwards (PostgreSQL's backends, the load
 * generator's pools, the portal's request threads) inherit the affinity of their parent. The cores are
 * {@code bench.pin.database} (0) and {@code bench.pin.portal} (1). Linux only. Use: {@code new Pinning().apply(
 * portal.pid(), database)} once the portal is up and before measuring; {@link #describe()} for the footnote.
 */
final class Pinning {

    private final boolean enabled = Boolean.getBoolean("bench.pin");
    private final String databaseCore = System.getProperty("bench.pin.database", "0");
    private final String portalCore = System.getProperty("bench.pin.portal", "1");

    boolean enabled() {
        return enabled;
    }

    /**
     * Pins PostgreSQL (the postmaster and every backend it has already forked) and this JVM (the load generator) to
     * the database core, and the portal to its own core; does nothing unless {@code bench.pin} is true.
     */
    void apply(long portalPid, TestDatabase database) {
        if (!enabled) {
            return;
        }
        long postmasterPid = postmasterPid(database);
        List<Long> postgres = new ArrayList<>();
        postgres.add(postmasterPid);
        ProcessHandle.of(postmasterPid).ifPresent(postmaster -> postmaster.children()
                .forEach(child -> postgres.add(child.pid())));
        for (long pid : postgres) {
            taskset(databaseCore, pid);
        }
        taskset(databaseCore, ProcessHandle.current().pid());
        taskset(portalCore, portalPid);
    }

    /** The server process of PostgreSQL: the parent of the backend serving a connection, asked while it is open. */
    static long postmasterPid(TestDatabase database) {
        try (var connection = database.connect(); var statement = connection.createStatement();
                var rs = statement.executeQuery("select pg_backend_pid()")) {
            rs.next();
            long backend = rs.getLong(1);
            return ProcessHandle.of(backend).flatMap(ProcessHandle::parent).map(ProcessHandle::pid)
                    .orElseThrow(() -> new IllegalStateException("No postmaster above backend " + backend));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How the processes share the machine, for a benchmark's footnote. */
    String describe() {
        return enabled
                ? "Pinned with taskset: PostgreSQL and the load generator on core " + databaseCore + ", the portal on core "
                        + portalCore + "."
                : "Load generator, portal and database share the machine's cores (not pinned).";
    }

    private static void taskset(String core, long pid) {
        List<String> command = List.of("taskset", "-a", "-p", "-c", core, Long.toString(pid));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                // A backend that ended between listing and pinning is no loss; anything else is.
                if (ProcessHandle.of(pid).isPresent()) {
                    throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run taskset (util-linux) to pin " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
